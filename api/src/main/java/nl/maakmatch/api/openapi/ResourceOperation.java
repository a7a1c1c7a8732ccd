package nl.maakmatch.api.openapi;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.maakmatch.api.security.RateLimited;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * One operation as its resource method declares it: what the OpenAPI description should say about
 * who may call it and how it can fail is read from these annotations.
 *
 * @param method the HTTP method, upper case
 * @param path the full path as the OpenAPI document keys it ({@code /api/v1/firms/{id}})
 */
record ResourceOperation(String method, String path, Class<?> resource, Method handler) {

  private static final Set<Class<? extends Annotation>> PARAMETERS =
      Set.of(
          PathParam.class,
          QueryParam.class,
          HeaderParam.class,
          CookieParam.class,
          MatrixParam.class,
          FormParam.class,
          BeanParam.class);

  private static final Set<Class<? extends Annotation>> INJECTED =
      Set.of(Context.class, Suspended.class);

  /** {@code "METHOD /path"}, the key of {@link ApiOperations}. */
  String key() {
    return method + " " + path;
  }

  /**
   * Whether a caller needs a token: a role is required on the method or, failing that, its class.
   */
  boolean secured() {
    if (handler.isAnnotationPresent(PermitAll.class)) {
      return false;
    }
    if (handler.isAnnotationPresent(RolesAllowed.class)
        || handler.isAnnotationPresent(DenyAll.class)) {
      return true;
    }
    return !resource.isAnnotationPresent(PermitAll.class)
        && (resource.isAnnotationPresent(RolesAllowed.class)
            || resource.isAnnotationPresent(DenyAll.class));
  }

  /** The roles any one of which lets a caller in; empty for a public operation. */
  List<String> roles() {
    if (!secured()) {
      return List.of();
    }
    RolesAllowed roles =
        handler.isAnnotationPresent(RolesAllowed.class)
            ? handler.getAnnotation(RolesAllowed.class)
            : resource.getAnnotation(RolesAllowed.class);
    return roles == null ? List.of() : List.of(roles.value());
  }

  /** Whether requests are counted per client address and refused with 429 past the limit. */
  boolean rateLimited() {
    return handler.isAnnotationPresent(RateLimited.class)
        || resource.isAnnotationPresent(RateLimited.class);
  }

  /** Whether the operation reads {@code If-Match}: it then refuses a stale version (412). */
  boolean readsIfMatch() {
    return Arrays.stream(handler.getParameters())
        .map(p -> p.getAnnotation(HeaderParam.class))
        .anyMatch(h -> h != null && h.value().equalsIgnoreCase(HttpHeaders.IF_MATCH));
  }

  /** The type of the request body, if the method takes one. */
  Optional<Type> body() {
    for (Parameter parameter : handler.getParameters()) {
      if (!annotatedWithAny(parameter, PARAMETERS) && !annotatedWithAny(parameter, INJECTED)) {
        return Optional.of(parameter.getParameterizedType());
      }
    }
    return Optional.empty();
  }

  /** Whether the method reads a path, query, header, cookie, matrix or form parameter. */
  boolean takesParameters() {
    return Arrays.stream(handler.getParameters()).anyMatch(p -> annotatedWithAny(p, PARAMETERS));
  }

  private static boolean annotatedWithAny(
      Parameter parameter, Set<Class<? extends Annotation>> kinds) {
    return Arrays.stream(parameter.getAnnotations())
        .anyMatch(a -> kinds.contains(a.annotationType()));
  }

  /** Whether the path names a record ({@code {id}}): such a record may not exist (404). */
  boolean namesARecord() {
    return path.contains("{");
  }

  /** A success body the method names by its class: a record, or a list of records. */
  record DeclaredBody(String code, Class<?> type, boolean list) {}

  /** The bodies named in {@code @APIResponseSchema} and {@code @APIResponse} on the method. */
  List<DeclaredBody> declaredBodies() {
    List<DeclaredBody> bodies = new ArrayList<>();
    APIResponseSchema named = handler.getAnnotation(APIResponseSchema.class);
    if (named != null) {
      bodies.add(new DeclaredBody(named.responseCode(), named.value(), false));
    }
    for (APIResponse response : handler.getAnnotationsByType(APIResponse.class)) {
      if (response.content().length > 0) {
        Schema schema = response.content()[0].schema();
        if (schema.implementation() != Void.class) {
          bodies.add(
              new DeclaredBody(
                  response.responseCode(),
                  schema.implementation(),
                  schema.type() == SchemaType.ARRAY));
        }
      }
    }
    return bodies;
  }
}
