package fr.unicamp.integration.testing;

import org.junit.jupiter.api.extension.RegisterExtension;

class SftpInboxRouteTest extends RemoteInboxRouteContract {

  @RegisterExtension final EmbeddedSftpServer server = new EmbeddedSftpServer();

  @Override
  protected EmbeddedFileServer server() {
    return server;
  }

  /** The test server's host key is new on every run, so it cannot be in a known-hosts file. */
  @Override
  protected String protocolOptions() {
    return "strictHostKeyChecking=no&useUserKnownHostsFile=false";
  }
}
