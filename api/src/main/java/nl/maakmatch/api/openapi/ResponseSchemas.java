package nl.maakmatch.api.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Makes the body of a success answer that a resource method names in {@code @APIResponseSchema} or
 * {@code @APIResponse} a reference to the record's component schema. Payara writes such a body
 * inline when it met the record elsewhere (so generators invent a second model for it) and as a
 * bare {@code type: object} when it did not; the record (and the records inside it) then become
 * component schemas here.
 */
final class ResponseSchemas {

  private ResponseSchemas() {}

  static void complete(Components components, Operation operation, ResourceOperation facts) {
    if (facts == null || operation.getResponses() == null) {
      return;
    }
    for (ResourceOperation.DeclaredBody body : facts.declaredBodies()) {
      fill(components, operation, body.code(), body.type(), body.list());
    }
  }

  private static void fill(
      Components components, Operation operation, String code, Class<?> type, boolean list) {
    APIResponse response = operation.getResponses().getAPIResponse(code);
    if (response == null || response.getContent() == null || !type.isRecord()) {
      return;
    }
    for (MediaType media : response.getContent().getMediaTypes().values()) {
      Schema schema = media.getSchema();
      Schema bare = list && schema != null ? schema.getItems() : schema;
      if (bare == null || bare.getRef() != null) {
        continue;
      }
      Schema reference = RecordSchemas.define(components, type);
      media.setSchema(
          list ? OASFactory.createSchema().type(SchemaType.ARRAY).items(reference) : reference);
    }
  }
}
