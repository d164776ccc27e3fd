package cn.gov.cq.jianping.publicity;

import java.time.LocalDate;
import java.time.Clock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionView;
import cn.gov.cq.jianping.scoring.model.Grade;
import cn.gov.cq.jianping.shared.Districts;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import cn.gov.cq.jianping.shared.TimeConfiguration;

/**
 * 等级信息查询 (第十四条): the public lookup reads only the projection of confirmed grades, so it
 * never sees objectors, phone numbers or anything under review.
 */
@Service
public class GradeLookup {

	private final JdbcTemplate jdbc;

	private final InstitutionRegistry registry;

	private final Clock clock;

	GradeLookup(JdbcTemplate jdbc, InstitutionRegistry registry, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.registry = registry;
	}

	/** One confirmed grade as the public sees it. */
	public record GradeRow(String name, String creditCode, String type, String district, String grade,
			String gradeLabel, int roundYear, OffsetDateTime confirmedAt) {
	}

	/** A page of results. */
	public record Page(List<GradeRow> items, int page, int size, long total) {
	}

	/** The public record of one institution. */
	public record InstitutionRecord(String name, String creditCode, String type, String district,
			String registrationStatus, String registeredOn, String expiresOn, GradeRow current,
			List<GradeRow> history) {
	}

	private static final RowMapper<GradeRow> ROW = (rs, n) -> {
		Grade grade = Grade.valueOf(rs.getString("grade"));
		String district = rs.getString("district_code");
		Timestamp confirmed = rs.getTimestamp("confirmed_at");
		return new GradeRow(rs.getString("institution_name"), rs.getString("credit_code"),
				rs.getString("institution_type"), district == null ? "市级" : Districts.all().nameOf(district),
				grade.name(), grade.label(), rs.getInt("round_year"),
				confirmed.toInstant().atZone(TimeConfiguration.ZONE).toOffsetDateTime());
	};

	/**
	 * Searches the latest confirmed grade of each institution, or the grades of one year
	 * when a year is given.
	 */
	/**
	 * Public searches repeat; results are kept briefly and dropped whenever a grade is
	 * confirmed or changed, so the lookup never shows a stale grade for longer than it
	 * takes to confirm one.
	 */
	private final Map<String, CachedPage> cache = new ConcurrentHashMap<>();

	private record CachedPage(Page page, long expiresAtNanos) {
	}

	public static final long CACHE_NANOS = Duration.ofSeconds(30).toNanos();

	static final int CACHE_SIZE = 2000;

	/**
	 * Bumped whenever grades change, so anything cached from an earlier generation is
	 * stale.
	 */
	private final AtomicLong generation = new AtomicLong();

	/** Forgets every cached search: a grade was confirmed, lowered or withdrawn. */
	public void evictAll() {
		this.generation.incrementAndGet();
		this.cache.clear();
	}

	/**
	 * The current generation of the confirmed grades, for caches of rendered lookup
	 * pages.
	 */
	public long generation() {
		return this.generation.get();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(GradeConfirmed event) {
		evictAll();
	}

	public Page search(String q, String district, String type, String grade, Integer year, int page, int size) {
		String key = String.join("\u0001", String.valueOf(q), String.valueOf(district), String.valueOf(type),
				String.valueOf(grade), String.valueOf(year), String.valueOf(page), String.valueOf(size));
		long now = System.nanoTime();
		CachedPage cached = this.cache.get(key);
		if (cached != null && now - cached.expiresAtNanos() < 0) {
			return cached.page();
		}
		long before = this.generation.get();
		Page found = query(q, district, type, grade, year, page, size);
		if (this.cache.size() >= CACHE_SIZE) {
			this.cache.clear();
		}
		// A grade committed while we queried must not be hidden behind what we read
		// before it.
		if (this.generation.get() == before) {
			this.cache.put(key, new CachedPage(found, now + CACHE_NANOS));
		}
		return found;
	}

	@Transactional(readOnly = true)
	Page query(String q, String district, String type, String grade, Integer year, int page, int size) {
		List<Object> args = new ArrayList<>();
		// Without a year, each institution's newest grade (kept flagged by a trigger);
		// with one, that year's.
		StringBuilder where = new StringBuilder(year == null ? " where latest" : " where round_year = ?");
		if (year != null) {
			args.add(year);
		}
		if (q != null && !q.isBlank()) {
			String like = "%" + q.trim().toUpperCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
					+ "%";
			where.append(" and (upper(institution_name) like ? or credit_code like ?)");
			args.add(like);
			args.add(like);
		}
		if (district != null && !district.isBlank()) {
			if ("CITY".equals(district)) {
				where.append(" and district_code is null");
			}
			else {
				where.append(" and district_code = ?");
				args.add(district);
			}
		}
		if (type != null && !type.isBlank()) {
			where.append(" and institution_type = ?");
			args.add(type);
		}
		if (grade != null && !grade.isBlank()) {
			where.append(" and grade = ?");
			args.add(grade);
		}
		// The page walks the partial index in its order and stops at the limit; the count
		// reads the
		// same index only. A window count would materialise every matching row on every
		// request.
		List<Object> pageArgs = new ArrayList<>(args);
		pageArgs.add(size);
		pageArgs.add((long) page * size);
		List<GradeRow> items = this.jdbc.query(
				"select * from confirmed_grade" + where + " order by confirmed_at desc, id desc limit ? offset ?", ROW,
				pageArgs.toArray());
		// A short page that is not past the end holds the last rows: the total is known
		// without counting (most searches for a name end on their first page).
		if (items.size() < size && (!items.isEmpty() || page == 0)) {
			return new Page(items, page, size, (long) page * size + items.size());
		}
		Long count = this.jdbc.queryForObject("select count(*) from confirmed_grade" + where, Long.class,
				args.toArray());
		return new Page(items, page, size, count == null ? 0 : count);
	}

	@Transactional(readOnly = true)
	public Optional<InstitutionRecord> institution(String creditCode) {
		List<GradeRow> history = this.jdbc.query(
				"select * from confirmed_grade where credit_code = ? order by confirmed_at desc, id desc", ROW,
				creditCode);
		Optional<InstitutionView> registered = this.registry.findByCreditCode(creditCode);
		if (registered.isEmpty() && history.isEmpty()) {
			return Optional.empty();
		}
		InstitutionView institution = registered.orElse(null);
		GradeRow current = history.isEmpty() ? null : history.get(0);
		return Optional.of(new InstitutionRecord(institution != null ? institution.name() : current.name(), creditCode,
				institution != null ? institution.type().label() : current.type(),
				institution != null ? institution.authorityLabel() : current.district(),
				institution != null ? institution.statusLabelOn(LocalDate.now(this.clock)) : "—",
				institution != null ? institution.registeredOn().toString() : "—",
				institution != null ? institution.expiresOn().toString() : "—", current, history));
	}

}
