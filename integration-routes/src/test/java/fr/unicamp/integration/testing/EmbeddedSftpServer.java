package fr.unicamp.integration.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/** A real Apache MINA SSHD SFTP server for connector tests; see {@link EmbeddedFileServer}. */
public final class EmbeddedSftpServer extends EmbeddedFileServer {

  private SshServer server;

  @Override
  public String scheme() {
    return "sftp";
  }

  @Override
  protected int start(Path home, Path workDir) throws IOException {
    server = SshServer.setUpDefaultServer();
    server.setHost(host());
    server.setPort(0);
    server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(workDir.resolve("host-key")));
    server.setPasswordAuthenticator(
        (user, password, session) -> user().equals(user) && password().equals(password));
    server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
    server.setFileSystemFactory(new VirtualFileSystemFactory(home));
    server.start();
    return server.getPort();
  }

  @Override
  protected void stop() throws IOException {
    if (server != null) {
      server.stop(true);
    }
  }
}
