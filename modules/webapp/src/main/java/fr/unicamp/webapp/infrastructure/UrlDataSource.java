package fr.unicamp.webapp.infrastructure;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A data source that chooses its driver from the JDBC URL: PostgreSQL for {@code jdbc:postgresql:},
 * H2 for {@code jdbc:h2:}. The container sets url, user and password as bean properties.
 */
public class UrlDataSource implements DataSource {

  private String url;
  private String user;
  private String password;
  private DataSource delegate;

  public void setUrl(String url) {
    this.url = url;
    this.delegate = null;
  }

  public String getUrl() {
    return url;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  private synchronized DataSource delegate() throws SQLException {
    if (delegate == null) {
      delegate = create();
    }
    return delegate;
  }

  private DataSource create() throws SQLException {
    if (url == null) {
      throw new SQLException("no database URL configured (unicamp.db.url / UNICAMP_DB_URL)");
    }
    if (url.startsWith("jdbc:postgresql:")) {
      var pg = new PGSimpleDataSource();
      pg.setUrl(url);
      pg.setUser(user);
      pg.setPassword(password == null ? "" : password);
      return pg;
    }
    if (url.startsWith("jdbc:h2:")) {
      var h2 = new JdbcDataSource();
      h2.setURL(url);
      h2.setUser(user);
      h2.setPassword(password == null ? "" : password);
      return h2;
    }
    throw new SQLException(
        "unsupported database URL " + url + ": use jdbc:postgresql:... or jdbc:h2:...");
  }

  @Override
  public Connection getConnection() throws SQLException {
    return delegate().getConnection();
  }

  @Override
  public Connection getConnection(String username, String pass) throws SQLException {
    return delegate().getConnection(username, pass);
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // the delegates log through their own loggers
  }

  @Override
  public void setLoginTimeout(int seconds) {
    // timeouts are the pool's business
  }

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    return delegate().unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || delegate().isWrapperFor(type);
  }
}
