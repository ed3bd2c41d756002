package com.shopwarden.ipr.attachment;

import com.shopwarden.problem.ProblemException;
import com.shopwarden.problem.ProblemType;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The file formats uploads may have, each recognised by its declared media type and by the
 * signature its content starts with: a file is stored only when both agree, so a script named
 * {@code .pdf} or a page declared as {@code image/png} is refused (415).
 */
public enum EvidenceFormat {
  PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
  PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
  JPEG("image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

  private final String mediaType;
  private final byte[] signature;

  EvidenceFormat(String mediaType, byte[] signature) {
    this.mediaType = mediaType;
    this.signature = signature;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The format of the declared content type, if allowed here; 415 naming the allowed ones. */
  public static EvidenceFormat declared(String contentType, Collection<EvidenceFormat> allowed) {
    String type =
        contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    for (EvidenceFormat format : allowed) {
      if (format.mediaType.equals(type)) {
        return format;
      }
    }
    throw new ProblemException(
        ProblemType.UNSUPPORTED_MEDIA_TYPE,
        "files of type '" + type + "' are not accepted here",
        List.of(),
        Map.of("allowed", allowed.stream().map(EvidenceFormat::mediaType).toList()));
  }

  /**
   * Checks an upload: not empty (422), at most {@code maxBytes} (413 naming the limit), and
   * starting with this format's signature (415).
   */
  public void check(byte[] content, int maxBytes) {
    if (content == null || content.length == 0) {
      throw new ProblemException(ProblemType.UNPROCESSABLE, "the file is empty");
    }
    if (content.length > maxBytes) {
      throw new ProblemException(
          ProblemType.PAYLOAD_TOO_LARGE,
          "the file has " + content.length + " bytes; the limit is " + maxBytes,
          List.of(),
          Map.of("maxBytes", maxBytes));
    }
    if (content.length < signature.length
        || !Arrays.equals(content, 0, signature.length, signature, 0, signature.length)) {
      throw new ProblemException(
          ProblemType.UNSUPPORTED_MEDIA_TYPE,
          "the content is not a " + mediaType + " file",
          List.of(),
          Map.of("allowed", List.of(mediaType)));
    }
  }
}
