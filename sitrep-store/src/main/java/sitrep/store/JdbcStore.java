package sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import sitrep.model.Document;
import sitrep.model.Fingerprint;
import sitrep.model.EventClaim;
import sitrep.model.PostureRecord;
import sitrep.model.SchemaRecords;
import sitrep.model.SourceRef;
import sitrep.model.Warning;
import sitrep.store.IngestResult.Outcome;
import sitrep.store.StoreSchema.Column;
import sitrep.store.StoreSchema.ColumnType;

/**
 * The store over one JDBC connection, in SQL that DuckDB and PostgreSQL both accept; what differs
 * is in {@link Dialect}. Every public method holds the instance lock, so one connection serves all
 * threads, one operation at a time.
 */
class JdbcStore implements Store {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<LinkedHashMap<String, @Nullable Object>> RECORD =
      new TypeReference<>() {};
  private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() {};

  private final Connection conn;
  private final Dialect dialect;
  private final String location;
  private final Clock clock;
  private final String insertEvent;
  private final String insertPosture;
  /** Prepared once per connection: DuckDB takes longer to prepare a wide insert than to run it. */
  private final Map<String, PreparedStatement> statements = new HashMap<>();
  private boolean closed;

  /** Brings the schema of a database up to date before the store uses it. */
  @FunctionalInterface
  interface SchemaSetup {
    void apply(Connection conn) throws SQLException;
  }

  /** Takes over {@code conn}, bringing its schema up to date; closes it if that fails. */
  JdbcStore(Connection conn, Dialect dialect, String location, Clock clock, SchemaSetup schema) {
    this.conn = conn;
    this.dialect = dialect;
    this.location = location;
    this.clock = clock;
    this.insertEvent = insertRecord(StoreSchema.EVENTS, StoreSchema.EVENT_COLUMNS);
    this.insertPosture = insertRecord(StoreSchema.POSTURE, StoreSchema.POSTURE_COLUMNS);
    try {
      schema.apply(conn);
    } catch (SQLException | RuntimeException e) {
      closeQuietly();
      if (e instanceof StoreException se) {
        throw se;
      }
      throw failure("cannot set up the schema of", e);
    }
  }

  private String insertRecord(String table, List<Column> columns) {
    StringJoiner names = new StringJoiner(", ");
    StringJoiner params = new StringJoiner(", ");
    names.add(StoreSchema.ORDINAL);
    params.add("?");
    for (Column c : columns) {
      names.add(Dialect.quote(c.name()));
      params.add(dialect.parameter(c.type()));
    }
    names.add(StoreSchema.RECORD_JSON);
    params.add(dialect.recordJsonParameter());
    return "INSERT INTO " + table + " (" + names + ") VALUES (" + params + ")";
  }

  // ---------------------------------------------------------------- writes

  @Override
  public synchronized IngestResult ingest(Document doc) {
    open();
    List<Map<String, @Nullable Object>> events = new ArrayList<>();
    for (EventClaim e : doc.events()) {
      requireOwn(doc, "event " + e.eventId(), e.docId());
      events.add(SchemaRecords.event(e));
    }
    List<Map<String, @Nullable Object>> posture = new ArrayList<>();
    for (PostureRecord p : doc.posture()) {
      requireOwn(doc, "posture record " + p.postureId(), p.docId());
      posture.add(SchemaRecords.posture(p));
    }
    String hash = sha256(doc.raw());
    @Nullable LocalDate published = doc.meta().published();
    Outcome outcome;
    try {
      conn.setAutoCommit(false);
      try {
        outcome = write(doc, hash, published, events, posture);
        conn.commit();
      } catch (SQLException | RuntimeException e) {
        conn.rollback();
        throw e;
      } finally {
        conn.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failure("cannot store document " + doc.id() + " in", e);
    }
    return new IngestResult(doc.id(), outcome, events.size(), posture.size(),
        doc.warnings().size());
  }

  private Outcome write(Document doc, String hash, @Nullable LocalDate published,
      List<Map<String, @Nullable Object>> events, List<Map<String, @Nullable Object>> posture)
      throws SQLException {
    Outcome outcome = Outcome.ADDED;
    PreparedStatement find = prepare(
        "SELECT content_hash, published FROM " + StoreSchema.DOCUMENTS + " WHERE doc_id = ?");
    find.setString(1, doc.id());
    try (ResultSet rs = find.executeQuery()) {
      if (rs.next()) {
        if (hash.equals(rs.getString(1))
            && Objects.equals(published, rs.getObject(2, LocalDate.class))) {
          return Outcome.UNCHANGED;
        }
        outcome = Outcome.UPDATED;
      }
    }
    if (outcome == Outcome.UPDATED) {
      for (String table : List.of(StoreSchema.EVENTS, StoreSchema.POSTURE, StoreSchema.WARNINGS,
          StoreSchema.BANDS)) {
        PreparedStatement delete = prepare("DELETE FROM " + table + " WHERE doc_id = ?");
        delete.setString(1, doc.id());
        delete.executeUpdate();
      }
    }
    String sql = outcome == Outcome.ADDED
        ? "INSERT INTO " + StoreSchema.DOCUMENTS + " (content_hash, source_path, source_record,"
            + " format, title, url, published, meta_source, language, clean_text, raw_length,"
            + " ingested_at, extra_json, warnings_json, text_hash, minhash, words, doc_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " + dialect.jsonParameter() + ", "
            + dialect.jsonParameter() + ", ?, ?, ?, ?)"
        : "UPDATE " + StoreSchema.DOCUMENTS + " SET content_hash = ?, source_path = ?,"
            + " source_record = ?, format = ?, title = ?, url = ?, published = ?,"
            + " meta_source = ?, language = ?, clean_text = ?, raw_length = ?, ingested_at = ?,"
            + " extra_json = " + dialect.jsonParameter() + ", warnings_json = "
            + dialect.jsonParameter() + ", text_hash = ?, minhash = ?, words = ? WHERE doc_id = ?";
    Fingerprint fp = doc.clean() == null ? null : Fingerprint.of(doc.clean().text());
    PreparedStatement ps = prepare(sql);
    int i = 0;
    ps.setString(++i, hash);
    ps.setString(++i, doc.source().path());
    setInteger(ps, ++i, doc.source().record());
    ps.setString(++i, doc.format().name().toLowerCase(Locale.ROOT));
    ps.setString(++i, doc.meta().title());
    ps.setString(++i, doc.meta().url());
    ps.setObject(++i, published);
    ps.setString(++i, doc.meta().source());
    ps.setString(++i, doc.language());
    ps.setString(++i, doc.clean() == null ? null : doc.clean().text());
    ps.setInt(++i, doc.raw().length());
    ps.setObject(++i, now());
    ps.setString(++i, json(doc.meta().extra()));
    ps.setString(++i, json(warningsJson(doc.warnings())));
    ps.setString(++i, fp == null ? null : fp.exact());
    ps.setBytes(++i, fp == null ? null : fp.minhashBytes());
    setInteger(ps, ++i, fp == null ? null : fp.words());
    ps.setString(++i, doc.id());
    ps.executeUpdate();
    if (fp != null && fp.comparable()) {
      PreparedStatement band = prepare("INSERT INTO " + StoreSchema.BANDS
          + " (band, band_key, doc_id) VALUES (?, ?, ?)");
      long[] keys = fp.bandKeys();
      for (int b = 0; b < keys.length; b++) {
        band.setInt(1, b);
        band.setLong(2, keys[b]);
        band.setString(3, doc.id());
        band.addBatch();
      }
      band.executeBatch();
    }
    insertRecords(insertEvent, StoreSchema.EVENT_COLUMNS, events);
    insertRecords(insertPosture, StoreSchema.POSTURE_COLUMNS, posture);
    insertWarnings(doc.id(), doc.warnings());
    return outcome;
  }

  private void insertRecords(String sql, List<Column> columns,
      List<Map<String, @Nullable Object>> records) throws SQLException {
    if (records.isEmpty()) {
      return;
    }
    PreparedStatement ps = prepare(sql);
    for (int r = 0; r < records.size(); r++) {
      Map<String, @Nullable Object> rec = records.get(r);
      int i = 0;
      ps.setInt(++i, r);
      for (Column c : columns) {
        bind(ps, ++i, c, rec.get(c.name()));
      }
      ps.setString(++i, json(rec));
      ps.addBatch();
    }
    ps.executeBatch();
  }

  private void insertWarnings(@Nullable String docId, List<Warning> warnings)
      throws SQLException {
    if (warnings.isEmpty()) {
      return;
    }
    PreparedStatement ps = prepare("INSERT INTO " + StoreSchema.WARNINGS
        + " (doc_id, ordinal, source_path, source_record, code, message, recorded_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?)");
    LocalDateTime now = now();
    for (int n = 0; n < warnings.size(); n++) {
      Warning w = warnings.get(n);
      ps.setString(1, docId);
      setInteger(ps, 2, docId == null ? null : n);
      ps.setString(3, w.where().path());
      setInteger(ps, 4, w.where().record());
      ps.setString(5, w.code());
      ps.setString(6, w.message());
      ps.setObject(7, now);
      ps.addBatch();
    }
    ps.executeBatch();
  }

  @Override
  public synchronized void recordRejected(SourceRef source, String reason) {
    open();
    try {
      PreparedStatement ps = prepare("INSERT INTO " + StoreSchema.REJECTED
          + " (source, reason, rejected_at) VALUES (?, ?, ?) ON CONFLICT (source) DO UPDATE"
          + " SET reason = excluded.reason, rejected_at = excluded.rejected_at");
      ps.setString(1, source.toString());
      ps.setString(2, reason);
      ps.setObject(3, now());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw failure("cannot record rejected input " + source + " in", e);
    }
  }

  @Override
  public synchronized void recordWarning(Warning w) {
    open();
    try {
      PreparedStatement ps = prepare("SELECT count(*) FROM " + StoreSchema.WARNINGS
          + " WHERE doc_id IS NULL AND source_path = ?"
          + " AND coalesce(source_record, -1) = ? AND code = ? AND message = ?");
      ps.setString(1, w.where().path());
      ps.setInt(2, w.where().record() == null ? -1 : w.where().record());
      ps.setString(3, w.code());
      ps.setString(4, w.message());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        if (rs.getLong(1) > 0) {
          return;
        }
      }
      insertWarnings(null, List.of(w));
    } catch (SQLException e) {
      throw failure("cannot record a warning in", e);
    }
  }

  // ---------------------------------------------------------------- reads

  @Override
  public synchronized List<DocumentSummary> documents() {
    open();
    String sql = "SELECT d.doc_id, d.source_path, d.source_record, d.title, d.language,"
        + " d.published,"
        + " (SELECT count(*) FROM " + StoreSchema.EVENTS + " e WHERE e.doc_id = d.doc_id),"
        + " (SELECT count(*) FROM " + StoreSchema.POSTURE + " p WHERE p.doc_id = d.doc_id),"
        + " (SELECT count(*) FROM " + StoreSchema.WARNINGS + " w WHERE w.doc_id = d.doc_id)"
        + " FROM " + StoreSchema.DOCUMENTS + " d ORDER BY d.doc_id";
    List<DocumentSummary> out = new ArrayList<>();
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        SourceRef source = new SourceRef(rs.getString(2), rs.getObject(3, Integer.class));
        out.add(new DocumentSummary(rs.getString(1), source.toString(), rs.getString(4),
            rs.getString(5), rs.getObject(6, LocalDate.class), rs.getInt(7), rs.getInt(8),
            rs.getInt(9)));
      }
    } catch (SQLException e) {
      throw failure("cannot list documents of", e);
    }
    return out;
  }

  @Override
  public synchronized Optional<StoredDocument> document(String docId) {
    open();
    try {
      PreparedStatement ps = prepare("SELECT source_path, source_record, format,"
          + " title, url, published, language, clean_text, raw_length, content_hash,"
          + " ingested_at, extra_json FROM " + StoreSchema.DOCUMENTS + " WHERE doc_id = ?");
      ps.setString(1, docId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new StoredDocument(docId,
            new SourceRef(rs.getString(1), rs.getObject(2, Integer.class)), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7),
            rs.getString(8), rs.getInt(9), rs.getString(10),
            rs.getObject(11, LocalDateTime.class).toInstant(ZoneOffset.UTC),
            parse(rs.getString(12), STRINGS), warnings(docId)));
      }
    } catch (SQLException e) {
      throw failure("cannot read document " + docId + " from", e);
    }
  }

  private List<Warning> warnings(String docId) throws SQLException {
    List<Warning> out = new ArrayList<>();
    PreparedStatement ps = prepare("SELECT source_path, source_record, code, message FROM "
        + StoreSchema.WARNINGS + " WHERE doc_id = ? ORDER BY ordinal");
    ps.setString(1, docId);
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new Warning(new SourceRef(rs.getString(1), rs.getObject(2, Integer.class)),
            rs.getString(3), rs.getString(4)));
      }
    }
    return out;
  }

  @Override
  public synchronized List<Map<String, @Nullable Object>> events(String docId) {
    open();
    List<Map<String, @Nullable Object>> out = new ArrayList<>();
    try {
      PreparedStatement ps = prepare("SELECT " + StoreSchema.RECORD_JSON
          + " FROM " + StoreSchema.EVENTS + " WHERE doc_id = ? ORDER BY " + StoreSchema.ORDINAL);
      ps.setString(1, docId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(parse(rs.getString(1), RECORD));
        }
      }
    } catch (SQLException e) {
      throw failure("cannot read events of " + docId + " from", e);
    }
    return out;
  }

  @Override
  public synchronized void forEachEvent(Consumer<? super Map<String, @Nullable Object>> sink) {
    forEachRecord(StoreSchema.EVENTS, sink);
  }

  @Override
  public synchronized void forEachPosture(Consumer<? super Map<String, @Nullable Object>> sink) {
    forEachRecord(StoreSchema.POSTURE, sink);
  }

  @Override
  public synchronized void forEachAtSite(Consumer<? super Map<String, @Nullable Object>> sink) {
    String atSite = " WHERE site IS NOT NULL AND site <> ''";
    forEachRecord(StoreSchema.POSTURE, atSite, sink);
    forEachRecord(StoreSchema.EVENTS, atSite, sink);
  }

  private void forEachRecord(String table, Consumer<? super Map<String, @Nullable Object>> sink) {
    forEachRecord(table, "", sink);
  }

  private void forEachRecord(String table, String where,
      Consumer<? super Map<String, @Nullable Object>> sink) {
    open();
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT " + StoreSchema.RECORD_JSON + " FROM " + table
            + where + " ORDER BY doc_id, " + StoreSchema.ORDINAL)) {
      while (rs.next()) {
        sink.accept(parse(rs.getString(1), RECORD));
      }
    } catch (SQLException e) {
      throw failure("cannot read " + table + " from", e);
    }
  }

  // ---------------------------------------------------------------- event queries

  /**
   * What pages are sorted on, newest first: the event date as written, so the days of June come
   * before {@code 2021-06} (sometime in June), and that before May; no date sorts last.
   */
  private static final String DATE_KEY = "coalesce(event_date, '')";

  @Override
  public synchronized EventPage queryEvents(EventQuery query) {
    open();
    List<Object> params = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT " + StoreSchema.RECORD_JSON + ", " + DATE_KEY
        + ", doc_id, " + StoreSchema.ORDINAL + " FROM " + StoreSchema.EVENTS + " WHERE ");
    sql.append(where(query, params));
    @Nullable EventCursor after = EventCursor.decode(query.cursor());
    if (after != null) {
      // keyset paging: the rows after the last one shown, in the order below
      sql.append(" AND (" + DATE_KEY + " < ? OR (" + DATE_KEY + " = ? AND (doc_id > ?"
          + " OR (doc_id = ? AND " + StoreSchema.ORDINAL + " > ?))))");
      params.addAll(List.of(after.dateKey(), after.dateKey(), after.docId(), after.docId(),
          after.ordinal()));
    }
    sql.append(" ORDER BY " + DATE_KEY + " DESC, doc_id, " + StoreSchema.ORDINAL + " LIMIT ?");
    // one row more than asked tells whether another page follows
    params.add(query.limit() + 1);
    List<Map<String, @Nullable Object>> items = new ArrayList<>();
    @Nullable EventCursor last = null;
    boolean more = false;
    try (PreparedStatement ps = conn.prepareStatement(sql.toString())) {
      bindAll(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (items.size() == query.limit()) {
            more = true;
            break;
          }
          items.add(parse(rs.getString(1), RECORD));
          last = new EventCursor(rs.getString(2), rs.getString(3), rs.getInt(4));
        }
      }
    } catch (SQLException e) {
      throw failure("cannot query the events of", e);
    }
    return new EventPage(items, more && last != null ? last.encode() : null);
  }

  @Override
  public synchronized long countEvents(EventQuery query) {
    open();
    List<Object> params = new ArrayList<>();
    String sql = "SELECT count(*) FROM " + StoreSchema.EVENTS + " WHERE " + where(query, params);
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      bindAll(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw failure("cannot count the events of", e);
    }
  }

  /** The query's filters as SQL over the typed event columns; values go to {@code params}. */
  private String where(EventQuery q, List<Object> params) {
    List<String> and = new ArrayList<>();
    and.add("TRUE");
    if (q.from() != null) {
      and.add(day("date_latest") + " >= ?");
      params.add(q.from());
    }
    if (q.to() != null) {
      and.add(day("date_earliest") + " <= ?");
      params.add(q.to());
    }
    BoundingBox box = q.bbox();
    if (box != null) {
      and.add("latitude BETWEEN ? AND ?");
      params.add(box.south());
      params.add(box.north());
      and.add(box.crossesAntimeridian()
          ? "(longitude >= ? OR longitude <= ?)" : "longitude BETWEEN ? AND ?");
      params.add(box.west());
      params.add(box.east());
    }
    if (q.country() != null) {
      and.add("(lower(country_code) = lower(?) OR lower(country) = lower(?))");
      params.add(q.country());
      params.add(q.country());
    }
    if (q.eventType() != null) {
      and.add("lower(event_type) = lower(?)");
      params.add(q.eventType());
    }
    if (q.subEventType() != null) {
      and.add("lower(sub_event_type) = lower(?)");
      params.add(q.subEventType());
    }
    if (q.actor() != null) {
      List<String> any = new ArrayList<>();
      for (String column : List.of("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")) {
        any.add(column + " ILIKE ? ESCAPE '\\'");
        params.add(containing(q.actor()));
      }
      and.add("(" + String.join(" OR ", any) + ")");
    }
    if (q.factuality() != null) {
      and.add("factuality = ?");
      params.add(q.factuality());
    }
    if (q.q() != null) {
      and.add("concat_ws(' ', location, admin1, country, site, actor1, actor2, assoc_actor_1,"
          + " assoc_actor_2, claim_source, " + dialect.jsonTexts("notes", "$[*]") + ", "
          + dialect.jsonTexts("evidence", "$[*].text") + ") ILIKE ? ESCAPE '\\'");
      params.add(containing(q.q()));
    }
    return String.join(" AND ", and);
  }

  /** A text column as a date where it holds a full one ({@code --06-28} and nulls do not). */
  private static String day(String column) {
    return "CASE WHEN " + column + " LIKE '____-__-__' THEN CAST(" + column + " AS DATE) END";
  }

  /** A LIKE pattern for {@code text} anywhere, its own % and _ taken literally. */
  private static String containing(String text) {
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  private static void bindAll(PreparedStatement ps, List<Object> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      Object v = params.get(i);
      if (v instanceof String s) {
        ps.setString(i + 1, s);
      } else if (v instanceof Integer n) {
        ps.setInt(i + 1, n);
      } else if (v instanceof Double d) {
        ps.setDouble(i + 1, d);
      } else if (v instanceof LocalDate d) {
        ps.setObject(i + 1, d);
      } else {
        throw new IllegalStateException("no binding for a " + v.getClass().getSimpleName());
      }
    }
  }

  // ---------------------------------------------------------------- copies

  @Override
  public synchronized Optional<CopyMatch> findCopy(Fingerprint fp, double minSimilarity) {
    open();
    try {
      PreparedStatement exact = prepare("SELECT doc_id FROM " + StoreSchema.DOCUMENTS
          + " WHERE text_hash = ? ORDER BY doc_id LIMIT 1");
      exact.setString(1, fp.exact());
      try (ResultSet rs = exact.executeQuery()) {
        if (rs.next()) {
          return Optional.of(new CopyMatch(rs.getString(1), 1.0));
        }
      }
      if (!fp.comparable()) {
        return Optional.empty();
      }
      // candidates share a band key; only they are compared
      StringBuilder sql = new StringBuilder("SELECT d.doc_id, d.text_hash, d.minhash, d.words FROM "
          + StoreSchema.DOCUMENTS + " d WHERE d.doc_id IN (SELECT doc_id FROM " + StoreSchema.BANDS
          + " WHERE ");
      long[] keys = fp.bandKeys();
      for (int b = 0; b < keys.length; b++) {
        sql.append(b == 0 ? "" : " OR ").append("(band = ").append(b).append(" AND band_key = ")
            .append(keys[b]).append(')');
      }
      sql.append(") ORDER BY d.doc_id");
      CopyMatch best = null;
      try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql.toString())) {
        while (rs.next()) {
          byte[] sig = rs.getBytes(3);
          if (sig == null) {
            continue;
          }
          double sim = fp.similarity(Fingerprint.fromStorage(rs.getString(2), sig, rs.getInt(4)));
          if (sim >= minSimilarity && (best == null || sim > best.similarity())) {
            best = new CopyMatch(rs.getString(1), sim);
          }
        }
      }
      return Optional.ofNullable(best);
    } catch (SQLException e) {
      throw failure("cannot look for copies in", e);
    }
  }

  @Override
  public synchronized void recordCopy(Document copy, String copyOf, double similarity) {
    open();
    try {
      PreparedStatement delete = prepare("DELETE FROM " + StoreSchema.COPIES + " WHERE doc_id = ?");
      delete.setString(1, copy.id());
      delete.executeUpdate();
      PreparedStatement ps = prepare("INSERT INTO " + StoreSchema.COPIES + " (doc_id, copy_of,"
          + " similarity, source_path, source_record, title, url, meta_source, published,"
          + " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
      int i = 0;
      ps.setString(++i, copy.id());
      ps.setString(++i, copyOf);
      ps.setDouble(++i, similarity);
      ps.setString(++i, copy.source().path());
      setInteger(ps, ++i, copy.source().record());
      ps.setString(++i, copy.meta().title());
      ps.setString(++i, copy.meta().url());
      ps.setString(++i, copy.meta().source());
      ps.setObject(++i, copy.meta().published());
      ps.setObject(++i, now());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw failure("cannot record copy " + copy.id() + " in", e);
    }
  }

  @Override
  public synchronized List<CopyMatch> copiesOf(String docId) {
    open();
    List<CopyMatch> out = new ArrayList<>();
    try {
      PreparedStatement ps = prepare("SELECT doc_id, similarity FROM " + StoreSchema.COPIES
          + " WHERE copy_of = ? ORDER BY doc_id");
      ps.setString(1, docId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new CopyMatch(rs.getString(1), rs.getDouble(2)));
        }
      }
    } catch (SQLException e) {
      throw failure("cannot read copies from", e);
    }
    return out;
  }

  // ---------------------------------------------------------------- incidents

  @Override
  public synchronized void replaceIncidents(List<Map<String, @Nullable Object>> incidents) {
    open();
    StringJoiner names = new StringJoiner(", ");
    StringJoiner params = new StringJoiner(", ");
    for (Column c : StoreSchema.INCIDENT_COLUMNS) {
      names.add(Dialect.quote(c.name()));
      params.add(dialect.parameter(c.type()));
    }
    names.add(StoreSchema.RECORD_JSON);
    params.add(dialect.recordJsonParameter());
    String insert = "INSERT INTO " + StoreSchema.INCIDENTS + " (" + names + ") VALUES (" + params
        + ")";
    boolean auto = true;
    try {
      auto = conn.getAutoCommit();
      conn.setAutoCommit(false);
      try (Statement st = conn.createStatement()) {
        st.execute("DELETE FROM " + StoreSchema.INCIDENTS);
      }
      PreparedStatement ps = prepare(insert);
      int n = 0;
      for (Map<String, @Nullable Object> rec : incidents) {
        int i = 0;
        for (Column c : StoreSchema.INCIDENT_COLUMNS) {
          bind(ps, ++i, c, rec.get(c.name()));
        }
        ps.setString(++i, json(rec));
        ps.addBatch();
        if (++n % 1000 == 0) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
      conn.commit();
    } catch (SQLException | RuntimeException e) {
      try {
        conn.rollback();
      } catch (SQLException ignored) {
        // the failure below says what went wrong
      }
      throw e instanceof StoreException se ? se : failure("cannot store incidents in", e);
    } finally {
      try {
        conn.setAutoCommit(auto);
      } catch (SQLException ignored) {
        // the connection is unusable anyway; the next call says so
      }
    }
  }

  @Override
  public synchronized Optional<Map<String, @Nullable Object>> incident(String incidentId) {
    open();
    try {
      PreparedStatement ps = prepare("SELECT " + StoreSchema.RECORD_JSON + " FROM "
          + StoreSchema.INCIDENTS + " WHERE incident_id = ?");
      ps.setString(1, incidentId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(parse(rs.getString(1), RECORD)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failure("cannot read incident " + incidentId + " from", e);
    }
  }

  @Override
  public synchronized List<Map<String, @Nullable Object>> eventsOfIncident(String incidentId) {
    open();
    List<Map<String, @Nullable Object>> out = new ArrayList<>();
    try {
      PreparedStatement ps = prepare("SELECT " + StoreSchema.RECORD_JSON + " FROM "
          + StoreSchema.EVENTS + " WHERE incident_id = ? ORDER BY doc_id, " + StoreSchema.ORDINAL);
      ps.setString(1, incidentId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(parse(rs.getString(1), RECORD));
        }
      }
    } catch (SQLException e) {
      throw failure("cannot read the events of incident " + incidentId + " from", e);
    }
    return out;
  }

  @Override
  public synchronized void forEachIncident(Consumer<? super Map<String, @Nullable Object>> sink) {
    open();
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT " + StoreSchema.RECORD_JSON + " FROM "
            + StoreSchema.INCIDENTS + " ORDER BY incident_id")) {
      while (rs.next()) {
        sink.accept(parse(rs.getString(1), RECORD));
      }
    } catch (SQLException e) {
      throw failure("cannot read incidents from", e);
    }
  }

  @Override
  public synchronized StoreCounts counts() {
    open();
    String sql = "SELECT"
        + " (SELECT count(*) FROM " + StoreSchema.DOCUMENTS + "),"
        + " (SELECT count(*) FROM " + StoreSchema.EVENTS + "),"
        + " (SELECT count(*) FROM " + StoreSchema.POSTURE + "),"
        + " (SELECT count(*) FROM " + StoreSchema.WARNINGS + "),"
        + " (SELECT count(*) FROM " + StoreSchema.REJECTED + "),"
        + " (SELECT count(*) FROM " + StoreSchema.COPIES + ")";
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return new StoreCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
          rs.getLong(5), rs.getLong(6));
    } catch (SQLException e) {
      throw failure("cannot count rows of", e);
    }
  }

  @Override
  public String location() {
    return location;
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      try {
        for (PreparedStatement ps : statements.values()) {
          ps.close();
        }
        statements.clear();
        conn.close();
      } catch (SQLException e) {
        throw failure("cannot close", e);
      }
    }
  }

  private void closeQuietly() {
    closed = true;
    try {
      conn.close();
    } catch (SQLException ignored) {
      // the error that made us close is the one worth reporting
    }
  }

  // ---------------------------------------------------------------- helpers

  /** A statement prepared once and kept until the store closes; callers must not close it. */
  private PreparedStatement prepare(String sql) throws SQLException {
    PreparedStatement ps = statements.get(sql);
    if (ps == null) {
      ps = conn.prepareStatement(sql);
      statements.put(sql, ps);
    }
    return ps;
  }

  private void open() {
    if (closed) {
      throw new IllegalStateException("store " + location + " is closed");
    }
  }

  private static void requireOwn(Document doc, String what, String docId) {
    if (!docId.equals(doc.id())) {
      throw new IllegalArgumentException(
          what + " names document " + docId + " but belongs to document " + doc.id());
    }
  }

  /** Binds a record value, checking that it fits its column: a mismatch is a programming error. */
  private static void bind(PreparedStatement ps, int i, Column c, @Nullable Object v)
      throws SQLException {
    if (v == null) {
      ps.setNull(i, switch (c.type()) {
        case TEXT, JSON -> Types.VARCHAR;
        case INTEGER -> Types.INTEGER;
        case BIGINT -> Types.BIGINT;
        case DOUBLE -> Types.DOUBLE;
        case BOOLEAN -> Types.BOOLEAN;
      });
      return;
    }
    switch (c.type()) {
      case TEXT -> ps.setString(i, expect(c, v, String.class));
      case INTEGER -> ps.setInt(i, Math.toIntExact(integral(c, v)));
      case BIGINT -> ps.setLong(i, integral(c, v));
      case DOUBLE -> ps.setDouble(i, expect(c, v, Number.class).doubleValue());
      case BOOLEAN -> ps.setBoolean(i, expect(c, v, Boolean.class));
      case JSON -> ps.setString(i, json(v));
    }
  }

  private static long integral(Column c, Object v) {
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    throw mismatch(c, v);
  }

  private static <T> T expect(Column c, Object v, Class<T> type) {
    if (!type.isInstance(v)) {
      throw mismatch(c, v);
    }
    return type.cast(v);
  }

  private static IllegalStateException mismatch(Column c, Object v) {
    return new IllegalStateException("record field " + c.name() + " holds a "
        + v.getClass().getSimpleName() + " but its column is " + c.type()
        + ": give the field its type in StoreSchema");
  }

  private static void setInteger(PreparedStatement ps, int i, @Nullable Integer v)
      throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.INTEGER);
    } else {
      ps.setInt(i, v);
    }
  }

  private static List<Map<String, @Nullable Object>> warningsJson(List<Warning> warnings) {
    List<Map<String, @Nullable Object>> out = new ArrayList<>();
    for (Warning w : warnings) {
      Map<String, @Nullable Object> m = new LinkedHashMap<>();
      m.put("source", w.where().path());
      m.put("record", w.where().record());
      m.put("code", w.code());
      m.put("message", w.message());
      out.add(m);
    }
    return out;
  }

  private LocalDateTime now() {
    return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }

  private <T> T parse(String json, TypeReference<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new StoreException(
          "damaged JSON in store " + location + ": " + e.getOriginalMessage(), e);
    }
  }

  static String sha256(String raw) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(raw.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private StoreException failure(String doing, Exception e) {
    return new StoreException(doing + " " + dialect.name() + " store " + location + ": "
        + firstLine(e.getMessage()), e);
  }

  static String firstLine(@Nullable String message) {
    if (message == null || message.isBlank()) {
      return "unknown error";
    }
    String m = message.strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl).strip();
  }
}
