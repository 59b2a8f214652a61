package fr.unicamp.integration.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.ftpserver.DataConnectionConfiguration;
import org.apache.ftpserver.DataConnectionConfigurationFactory;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.WritePermission;

/** A real Apache FtpServer for connector tests; see {@link EmbeddedFileServer}. */
public final class EmbeddedFtpServer extends EmbeddedFileServer {

  private static final String LISTENER = "default";

  /**
   * FtpServer logs every command at INFO, and warns each time it releases a system-chosen passive
   * port; through slf4j-jdk14 these levels keep the build log for what matters. Held here because
   * the JDK keeps loggers only weakly.
   */
  private static final List<Logger> QUIETER =
      List.of(
          quieter("org.apache.ftpserver", Level.WARNING),
          quieter("org.apache.mina", Level.WARNING),
          quieter("org.apache.ftpserver.impl.PassivePorts", Level.SEVERE));

  private FtpServer server;

  @Override
  public String scheme() {
    return "ftp";
  }

  @Override
  protected int start(Path home, Path workDir) throws FtpException {
    ListenerFactory listener = new ListenerFactory();
    listener.setServerAddress(host());
    listener.setPort(0);
    listener.setDataConnectionConfiguration(passiveOnLoopback());

    FtpServerFactory factory = new FtpServerFactory();
    factory.addListener(LISTENER, listener.createListener());
    factory.getUserManager().save(user(home));
    server = factory.createServer();
    server.start();
    return factory.getListener(LISTENER).getPort();
  }

  @Override
  protected void stop() {
    if (server != null) {
      server.stop();
    }
  }

  /**
   * Passive data connections on loopback, each on a free port the system picks ("0"): a fixed range
   * would collide between builds running side by side.
   */
  private DataConnectionConfiguration passiveOnLoopback() {
    DataConnectionConfigurationFactory data = new DataConnectionConfigurationFactory();
    data.setPassiveAddress(host());
    data.setPassiveExternalAddress(host());
    data.setPassivePorts("0");
    return data.createDataConnectionConfiguration();
  }

  private static Logger quieter(String name, Level level) {
    Logger logger = Logger.getLogger(name);
    logger.setLevel(level);
    return logger;
  }

  private BaseUser user(Path home) {
    BaseUser user = new BaseUser();
    user.setName(user());
    user.setPassword(password());
    user.setHomeDirectory(home.toString());
    user.setAuthorities(List.of(new WritePermission()));
    return user;
  }
}
