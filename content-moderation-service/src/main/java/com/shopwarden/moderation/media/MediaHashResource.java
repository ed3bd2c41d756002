package com.shopwarden.moderation.media;

import com.shopwarden.access.Roles;
import com.shopwarden.problem.ProblemException;
import com.shopwarden.problem.ProblemType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * PDQ hashes of an uploaded image: either the raw image as the body, with its {@code image/*}
 * content type, or a {@code multipart/form-data} form (what browsers and most HTTP tools send)
 * whose {@code file} part is the image, with its type on the part. Both run on a worker thread
 * (hashing is CPU work) and are refused the same way (413, 415, 422).
 */
@Path("/api/v1/media/hashes")
@Produces(MediaType.APPLICATION_JSON)
public class MediaHashResource {

  private static final Logger LOG = Logger.getLogger(MediaHashResource.class);
  static final String FILE_PART = "file";

  private final ImageHashing hashing;

  public MediaHashResource(ImageHashing hashing) {
    this.hashing = hashing;
  }

  @POST
  @Consumes("image/*")
  @RolesAllowed({Roles.SERVICE, Roles.MODERATOR, Roles.POLICY_ADMIN})
  public MediaHashes hash(byte[] image, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type) {
    return hashing.hash(image, type);
  }

  /** The image is the form's one {@code file} part; other parts are ignored. */
  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RolesAllowed({Roles.SERVICE, Roles.MODERATOR, Roles.POLICY_ADMIN})
  public MediaHashes hashUpload(@RestForm(FILE_PART) List<FileUpload> files) {
    if (files == null || files.isEmpty()) {
      throw ProblemException.invalidField(
          FILE_PART, "a part named file holding the image (with a filename) is required");
    }
    if (files.size() > 1) {
      throw ProblemException.invalidField(FILE_PART, "one image per request");
    }
    FileUpload file = files.get(0);
    byte[] image;
    try {
      image = Files.readAllBytes(file.uploadedFile());
    } catch (IOException e) {
      // The upload is on local disk; failing to read it back is ours, not the caller's.
      LOG.errorf("cannot read an uploaded image back: %s", e.getMessage());
      throw new ProblemException(ProblemType.UNAVAILABLE, "the upload could not be read");
    }
    return hashing.hash(image, file.contentType());
  }
}
