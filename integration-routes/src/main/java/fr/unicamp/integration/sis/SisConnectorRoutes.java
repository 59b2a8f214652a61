package fr.unicamp.integration.sis;

import fr.unicamp.integration.sis.config.ConnectorKind;
import fr.unicamp.integration.sis.config.SisConnectorSettings;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteTemplateDefinition;

/**
 * One route template per file connector kind and flow ({@code csv-sftp-import}, {@code
 * csv-sftp-export}, {@code csv-ftp-import}, {@code csv-ftp-export}), instantiated once per enabled
 * university under the route id {@code <university>-<kind>-<flow>}.
 *
 * <p><b>Import</b> polls {@code <path>/inbox}. A file is taken only once complete: {@code
 * readLock=changed} (same size and time stamp over a check interval, and a minimum age), because it
 * needs nothing from the 19 senders, whereas a done-file needs each SIS to write one. It is applied
 * by {@link SisImport}, then moved to {@code inbox/done/}; a rejected file goes to {@code
 * inbox/failed/} with its report beside it; nothing is deleted. Bad data is never redelivered;
 * other faults are, with exponential back-off.
 *
 * <p><b>Export</b> checks the university's schedule every {@code unicamp.sis.schedule-check}; once
 * the night is due, {@link SisExport} claims it and the file is uploaded to {@code <path>/outbox}
 * under a temporary name, then renamed. A failed upload is redelivered with back-off, then the run
 * is marked FAILED with its cause. A message with the header {@value #BUSINESS_DATE} runs that
 * night at once ("run now").
 */
public class SisConnectorRoutes extends RouteBuilder {

  private static final Logger LOG = Logger.getLogger(SisConnectorRoutes.class.getName());

  /** Header naming the night to export now, as an ISO date; without it the schedule decides. */
  public static final String BUSINESS_DATE = "sisBusinessDate";

  private static final String JOB = "sisJob";
  private static final String STAMP = "${date:now:yyyyMMddHHmmssSSS}-";

  private final List<SisConnectorSettings> connectors;
  private final SisImport imports;
  private final SisExport exports;
  private final Function<String, Optional<String>> environment;
  private final Clock clock;
  private final Map<String, SisConnectorSettings> byRouteId = new HashMap<>();

  /**
   * @param environment an environment variable's name to its value: where credentials come from
   */
  public SisConnectorRoutes(
      List<SisConnectorSettings> connectors,
      SisImport imports,
      SisExport exports,
      Function<String, Optional<String>> environment,
      Clock clock) {
    this.connectors = List.copyOf(connectors);
    this.imports = imports;
    this.exports = exports;
    this.environment = environment;
    this.clock = clock;
  }

  /**
   * {@code CamelContext.addRoutes}, which {@code CamelBootstrap} uses for every builder, adds the
   * templates but instantiates no templated route: this builder does both.
   */
  @Override
  public void addRoutesToCamelContext(CamelContext context) throws Exception {
    super.addRoutesToCamelContext(context);
    addTemplatedRoutesToCamelContext(context);
  }

  @Override
  public void configure() {
    for (ConnectorKind kind : List.of(ConnectorKind.CSV_SFTP, ConnectorKind.CSV_FTP)) {
      importTemplate(kind);
      exportTemplate(kind);
    }
    for (SisConnectorSettings s : connectors) {
      if (!s.enabled()) {
        continue;
      }
      if (!s.kind().isFile()) {
        LOG.warning(() -> s.university() + ": the rest connector is not built yet; no route");
        continue;
      }
      for (String flow : List.of("import", "export")) {
        byRouteId.put(s.routeId(flow), s);
        templatedRoute(s.kind().key() + "-" + flow)
            .routeId(s.routeId(flow))
            .parameter("university", s.university().value())
            .parameter("host", s.host())
            .parameter("port", String.valueOf(s.port()))
            .parameter("folder", flow.equals("import") ? s.inbox() : s.outbox())
            .parameter("username", secret(s, s.usernameEnv().orElseThrow()))
            .parameter("password", secret(s, s.secretEnv()));
      }
    }
  }

  private void importTemplate(ConnectorKind kind) {
    RouteTemplateDefinition template =
        routeTemplate(kind.key() + "-import")
            .templateParameter("university")
            .templateParameter("university")
            .templateParameter("host")
            .templateParameter("port")
            .templateParameter("folder")
            .templateParameter("username")
            .templateParameter("password");
    template
        .from(
            endpoint(kind, "{{folder}}")
                + "&delay={{unicamp.sis.import-poll-delay}}"
                + "&readLock=changed&readLockCheckInterval={{unicamp.sis.read-lock-check-interval}}"
                + "&readLockMinAge={{unicamp.sis.read-lock-min-age}}&readLockMinLength=0"
                + "&readLockTimeout={{unicamp.sis.read-lock-timeout}}"
                + "&move=done/"
                + STAMP
                + "${file:name}&moveFailed=failed/"
                + STAMP
                + "${file:name}"
                + "&antInclude=*.csv&maxMessagesPerPoll=10"
                + "&backoffErrorThreshold=3&backoffMultiplier=5")
        .onException(SisReturnRejectedException.class)
        .maximumRedeliveries(0)
        .process(this::reportBody)
        .toD(endpoint(kind, "{{folder}}/failed") + "&fileName=" + STAMP + "${header.sisReport}")
        .end()
        .onException(SisDataRejectedException.class)
        .maximumRedeliveries(0)
        .end()
        .onException(Exception.class)
        .maximumRedeliveries("{{unicamp.sis.redeliveries}}")
        .redeliveryDelay("{{unicamp.sis.redelivery-delay}}")
        .useExponentialBackOff()
        .end()
        .process(this::importFile);
  }

  private void exportTemplate(ConnectorKind kind) {
    routeTemplate(kind.key() + "-export")
        .templateParameter("university")
        .templateParameter("host")
        .templateParameter("port")
        .templateParameter("folder")
        .templateParameter("username")
        .templateParameter("password")
        .from("scheduler:sis-export-{{university}}?delay={{unicamp.sis.schedule-check}}")
        .onException(Exception.class)
        .maximumRedeliveries("{{unicamp.sis.redeliveries}}")
        .redeliveryDelay("{{unicamp.sis.redelivery-delay}}")
        .useExponentialBackOff()
        .handled(true)
        .process(this::exportFailed)
        .end()
        .process(this::prepareExport)
        .filter(exchangeProperty(JOB).isNotNull())
        .to(
            endpoint(kind, "{{folder}}")
                + "&tempFileName=${file:name}.part&fileExist=Override"
                + "&maximumReconnectAttempts=0")
        .process(e -> exports.sent(e.getProperty(JOB, SisExport.Job.class)));
  }

  /** The server and folder, credentials as RAW placeholders, and the protocol's own options. */
  private static String endpoint(ConnectorKind kind, String folder) {
    String common =
        kind.scheme().orElseThrow()
            + "://{{host}}:{{port}}/"
            + folder
            + "?username=RAW({{username}})"
            + "&password=RAW({{password}})&autoCreate=true&connectTimeout=10000";
    return switch (kind) {
      case CSV_FTP -> common + "&passiveMode=true&binary=true&soTimeout=30000&timeout=30000";
      case CSV_SFTP ->
          common
              + "&strictHostKeyChecking={{unicamp.sis.sftp.strict-host-key-checking}}"
              + "&useUserKnownHostsFile={{unicamp.sis.sftp.use-known-hosts}}";
      case REST -> throw new IllegalArgumentException("not a file connector");
    };
  }

  private void importFile(Exchange exchange) {
    SisConnectorSettings s = settings(exchange);
    String name = exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
    byte[] content = exchange.getMessage().getBody(byte[].class);
    SisImport.Result result = imports.importFile(s.university(), s.encoding(), name, content);
    exchange.getMessage().setHeader("sisImportResult", result.name());
  }

  private void reportBody(Exchange exchange) {
    SisReturnRejectedException rejected =
        exchange.getProperty(Exchange.EXCEPTION_CAUGHT, SisReturnRejectedException.class);
    String name = exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
    exchange.getMessage().setHeader("sisReport", name + ".report.csv");
    exchange.getMessage().setBody(rejected.report());
  }

  private void prepareExport(Exchange exchange) {
    SisConnectorSettings s = settings(exchange);
    Optional<LocalDate> night =
        Optional.ofNullable(exchange.getMessage().getHeader(BUSINESS_DATE, String.class))
            .map(LocalDate::parse)
            .or(() -> s.schedule().dueDate(ZonedDateTime.now(clock)));
    Optional<SisExport.Job> job = night.flatMap(date -> exports.prepare(s.university(), date));
    job.ifPresent(
        j -> {
          exchange.setProperty(JOB, j);
          exchange.getMessage().setHeader(Exchange.FILE_NAME, j.fileName());
          exchange.getMessage().setBody(j.content());
        });
  }

  private void exportFailed(Exchange exchange) {
    SisExport.Job job = exchange.getProperty(JOB, SisExport.Job.class);
    Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
    if (job != null) {
      exports.failed(job, cause);
    }
    LOG.warning(() -> exchange.getFromRouteId() + ": export failed: " + cause);
  }

  private SisConnectorSettings settings(Exchange exchange) {
    SisConnectorSettings s = byRouteId.get(exchange.getFromRouteId());
    if (s == null) {
      throw new IllegalStateException("no SIS connector for route " + exchange.getFromRouteId());
    }
    return s;
  }

  private String secret(SisConnectorSettings s, String variable) {
    return environment
        .apply(variable)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "SIS connector of university "
                        + s.university()
                        + ": the environment variable "
                        + variable
                        + " is not set"));
  }
}
