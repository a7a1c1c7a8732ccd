package nl.maakmatch.api.openapi;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.maakmatch.api.MaakMatchApi;

/** The operations of resource classes, read from their JAX-RS annotations. */
final class ResourceOperations {

  private static final String OWN_PACKAGES = "nl.maakmatch.";

  private ResourceOperations() {}

  /** Every operation of {@code resources}, ordered by path and method. */
  static List<ResourceOperation> of(Collection<Class<?>> resources) {
    String root = MaakMatchApi.class.getAnnotation(ApplicationPath.class).value();
    List<ResourceOperation> operations = new ArrayList<>();
    for (Class<?> resource : resources) {
      Path base = resource.getAnnotation(Path.class);
      if (base == null) {
        continue;
      }
      for (Method handler : resource.getMethods()) {
        String method = httpMethod(handler);
        if (method == null) {
          continue;
        }
        Path sub = handler.getAnnotation(Path.class);
        String path = join(root, base.value(), sub == null ? "" : sub.value());
        operations.add(new ResourceOperation(method, path, resource, handler));
      }
    }
    operations.sort(
        Comparator.comparing(ResourceOperation::path).thenComparing(ResourceOperation::method));
    return operations;
  }

  /**
   * The records that request bodies are made of: the bodies' own types and, through their
   * components, every record of MaakMatch's packages they contain.
   */
  static Set<Class<?>> requestRecords(List<ResourceOperation> operations) {
    Deque<Type> todo = new ArrayDeque<>();
    operations.forEach(o -> o.body().ifPresent(todo::add));
    return reachable(todo);
  }

  /**
   * Every record of MaakMatch's own that an operation takes or answers, and the records in them.
   */
  static Set<Class<?>> records(List<ResourceOperation> operations) {
    Deque<Type> todo = new ArrayDeque<>();
    for (ResourceOperation operation : operations) {
      operation.body().ifPresent(todo::add);
      todo.add(operation.handler().getGenericReturnType());
      operation.declaredBodies().forEach(b -> todo.add(b.type()));
    }
    return reachable(todo);
  }

  private static Set<Class<?>> reachable(Deque<Type> todo) {
    Set<Class<?>> records = new LinkedHashSet<>();
    while (!todo.isEmpty()) {
      Type type = todo.pop();
      if (type instanceof ParameterizedType parameterized) {
        todo.addAll(List.of(parameterized.getActualTypeArguments()));
      } else if (type instanceof GenericArrayType array) {
        todo.add(array.getGenericComponentType());
      } else if (type instanceof WildcardType wildcard) {
        todo.addAll(List.of(wildcard.getUpperBounds()));
      } else if (type instanceof Class<?> c) {
        if (c.isArray()) {
          todo.add(c.getComponentType());
        } else if (c.isRecord() && c.getName().startsWith(OWN_PACKAGES) && records.add(c)) {
          for (RecordComponent component : c.getRecordComponents()) {
            todo.add(component.getGenericType());
          }
        }
      }
    }
    return records;
  }

  private static String httpMethod(Method handler) {
    for (Annotation annotation : handler.getAnnotations()) {
      HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value();
      }
    }
    return null;
  }

  /** The segments joined with single slashes, without a trailing one. */
  static String join(String... segments) {
    String joined = "/" + String.join("/", segments);
    joined = joined.replaceAll("/{2,}", "/");
    return joined.length() > 1 && joined.endsWith("/")
        ? joined.substring(0, joined.length() - 1)
        : joined;
  }
}
