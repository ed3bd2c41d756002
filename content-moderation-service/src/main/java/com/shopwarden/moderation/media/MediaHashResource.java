package com.shopwarden.moderation.media;

import com.shopwarden.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * PDQ hashes of an uploaded image: the raw image is the body, with its {@code image/*} content type
 * (no multipart). Runs on a worker thread: hashing is CPU work.
 */
@Path("/api/v1/media/hashes")
@Produces(MediaType.APPLICATION_JSON)
public class MediaHashResource {

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
}
