package fr.unicamp.common.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * The tenancy mechanism's single entry point: every service injects {@code EntityManager} from here
 * and gets a handle that forwards each call to the current transaction's tenant-scoped entity
 * manager ({@link TransactionEntityManager}). Used outside a transaction, it fails loudly.
 */
@ApplicationScoped
public class TenantScopedEntityManagerProducer {

  @Inject TransactionEntityManager current;

  @Produces
  EntityManager entityManager() {
    return (EntityManager)
        Proxy.newProxyInstance(
            EntityManager.class.getClassLoader(),
            new Class<?>[] {EntityManager.class},
            (proxy, method, arguments) -> forward(method, arguments));
  }

  private Object forward(Method method, Object[] arguments) throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      return switch (method.getName()) {
        case "toString" -> "tenant-scoped EntityManager";
        case "hashCode" -> System.identityHashCode(this);
        default -> method.invoke(this, arguments);
      };
    }
    try {
      return method.invoke(current.get(), arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
