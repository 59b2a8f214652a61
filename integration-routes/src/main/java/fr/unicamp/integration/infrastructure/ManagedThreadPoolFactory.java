package fr.unicamp.integration.infrastructure;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.support.DefaultThreadPoolFactory;

/**
 * Gives Camel container-managed threads. A plain thread has no application context: resource
 * injection, JNDI and transactions fail on it. Camel keeps its pool sizing and thread names; the
 * container makes the threads.
 */
class ManagedThreadPoolFactory extends DefaultThreadPoolFactory {

  private final ManagedThreadFactory container;

  ManagedThreadPoolFactory(ManagedThreadFactory container) {
    this.container = container;
  }

  private ThreadFactory managed(ThreadFactory camelNaming) {
    return task -> {
      Thread thread = container.newThread(task);
      thread.setName(camelNaming.newThread(() -> {}).getName());
      return thread;
    };
  }

  @Override
  public ExecutorService newCachedThreadPool(ThreadFactory threadFactory) {
    return super.newCachedThreadPool(managed(threadFactory));
  }

  @Override
  public ExecutorService newThreadPool(ThreadPoolProfile profile, ThreadFactory threadFactory) {
    return super.newThreadPool(profile, managed(threadFactory));
  }

  @Override
  public ExecutorService newThreadPool(
      int corePoolSize,
      int maxPoolSize,
      long keepAliveTime,
      TimeUnit timeUnit,
      int maxQueueSize,
      boolean allowCoreThreadTimeOut,
      RejectedExecutionHandler rejectedExecutionHandler,
      ThreadFactory threadFactory) {
    return super.newThreadPool(
        corePoolSize,
        maxPoolSize,
        keepAliveTime,
        timeUnit,
        maxQueueSize,
        allowCoreThreadTimeOut,
        rejectedExecutionHandler,
        managed(threadFactory));
  }

  @Override
  public ScheduledExecutorService newScheduledThreadPool(
      ThreadPoolProfile profile, ThreadFactory threadFactory) {
    return super.newScheduledThreadPool(profile, managed(threadFactory));
  }
}
