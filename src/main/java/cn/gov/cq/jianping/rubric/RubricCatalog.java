package cn.gov.cq.jianping.rubric;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rubrics in the database: version 1 of each is loaded from the shipped transcription
 * on first start; a published version never changes (the database refuses it), a change
 * is a new version.
 */
@Service
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RubricCatalog implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RubricCatalog.class);

	private static final String SOURCE = "渝人社发〔2021〕33号";

	/**
	 * The advisory lock under which the shipped reference data (rubrics, then the default
	 * rule sets that {@code scoring.RuleSets} seeds in the same transaction) is loaded,
	 * so that two nodes starting together load it once: the second waits until the first
	 * has committed and then finds it there.
	 */
	static final long SEED_LOCK_KEY = 2021_33_01L;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Map<String, RubricDefinition> cache = new ConcurrentHashMap<>();

	RubricCatalog(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A version as the list pages show it. */
	public record VersionInfo(RubricCode code, int version, String name, BigDecimal totalPoints, boolean inUse) {
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		loadShippedRubrics();
	}

	@Transactional
	public void loadShippedRubrics() {
		this.jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, SEED_LOCK_KEY);
		for (RubricCode code : RubricCode.values()) {
			Integer count = this.jdbc.queryForObject("select count(*) from rubric_version where code = ?",
					Integer.class, code.name());
			if (count != null && count == 0) {
				publish(RubricJson.load(code, 1));
				log.info("已载入评分标准 {} 第 1 版", code);
			}
		}
	}

	/** The newest version of a rubric. */
	@Transactional(readOnly = true)
	public RubricDefinition current(RubricCode code) {
		Integer version = this.jdbc.queryForObject("select max(version) from rubric_version where code = ?",
				Integer.class, code.name());
		if (version == null) {
			throw new NoSuchElementException("评分标准 " + code + " 尚未载入");
		}
		return version(code, version).orElseThrow();
	}

	@Transactional(readOnly = true)
	public Optional<RubricDefinition> version(RubricCode code, int version) {
		String key = code + ":" + version;
		RubricDefinition cached = this.cache.get(key);
		if (cached != null) {
			return Optional.of(cached);
		}
		Optional<RubricDefinition> loaded = read(code, version);
		loaded.ifPresent(definition -> this.cache.put(key, definition));
		return loaded;
	}

	@Transactional(readOnly = true)
	public List<VersionInfo> versions() {
		return this.jdbc.query(
				"select code, version, name, total_points, in_use from rubric_version order by code, version",
				(rs, n) -> new VersionInfo(RubricCode.valueOf(rs.getString(1)), rs.getInt(2), rs.getString(3),
						rs.getBigDecimal(4), rs.getBoolean(5)));
	}

	/** A round uses this version: from now on it can only be replaced by a newer one. */
	@Transactional
	public void markInUse(RubricCode code, int version) {
		this.jdbc.update("update rubric_version set in_use = true where code = ? and version = ? and not in_use",
				code.name(), version);
	}

	/**
	 * Publishes a changed rubric as the next version of its code; earlier versions stay
	 * as they were.
	 */
	@Transactional
	public int publishNewVersion(RubricDefinition changed) {
		Integer latest = this.jdbc.queryForObject("select coalesce(max(version), 0) from rubric_version where code = ?",
				Integer.class, changed.code().name());
		int next = (latest == null ? 0 : latest) + 1;
		publish(new RubricDefinition(changed.code(), next, changed.name(), changed.categories(), changed.vetoes()));
		return next;
	}

	private void publish(RubricDefinition rubric) {
		Long id = this.jdbc.queryForObject(
				"insert into rubric_version (code, version, name, source, total_points, created_at) values (?, ?, ?, ?, ?, ?) returning id",
				Long.class, rubric.code().name(), rubric.version(), rubric.name(), SOURCE, rubric.totalPoints(),
				Timestamp.from(this.clock.instant()));
		int categoryPosition = 0;
		int itemPosition = 0;
		int criterionPosition = 0;
		for (CategoryDefinition category : rubric.categories()) {
			this.jdbc.update(
					"insert into rubric_category (rubric_version_id, code, name, points, position) values (?, ?, ?, ?, ?)",
					id, category.code(), category.name(), category.points(), categoryPosition++);
			for (ItemDefinition item : category.items()) {
				this.jdbc.update(
						"insert into rubric_item (rubric_version_id, category_code, code, name, points, position) values (?, ?, ?, ?, ?, ?)",
						id, category.code(), item.code(), item.name(), item.points(), itemPosition++);
				for (CriterionDefinition criterion : item.criteria()) {
					this.jdbc.update(
							"insert into rubric_criterion (rubric_version_id, item_code, code, text, position) values (?, ?, ?, ?, ?)",
							id, item.code(), criterion.code(), criterion.text(), criterionPosition++);
				}
			}
		}
		int vetoPosition = 0;
		for (VetoDefinition veto : rubric.vetoes()) {
			this.jdbc.update("insert into rubric_veto (rubric_version_id, code, text, position) values (?, ?, ?, ?)",
					id, veto.code(), veto.text(), vetoPosition++);
		}
	}

	/**
	 * numeric(6,2) reads back as 2.00; the rubric states 2, and equal rubrics must
	 * compare equal.
	 */
	private static BigDecimal points(BigDecimal stored) {
		BigDecimal stripped = stored.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	private Optional<RubricDefinition> read(RubricCode code, int version) {
		List<Map<String, Object>> heads = this.jdbc
			.queryForList("select id, name from rubric_version where code = ? and version = ?", code.name(), version);
		if (heads.isEmpty()) {
			return Optional.empty();
		}
		long id = ((Number) heads.get(0).get("id")).longValue();
		String name = (String) heads.get(0).get("name");
		Map<String, List<CriterionDefinition>> criteriaByItem = new LinkedHashMap<>();
		this.jdbc.query(
				"select item_code, code, text from rubric_criterion where rubric_version_id = ? order by position",
				rs -> {
					criteriaByItem.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
						.add(new CriterionDefinition(rs.getString(2), rs.getString(3)));
				}, id);
		Map<String, List<ItemDefinition>> itemsByCategory = new LinkedHashMap<>();
		this.jdbc.query(
				"select category_code, code, name, points from rubric_item where rubric_version_id = ? order by position",
				rs -> {
					itemsByCategory.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
						.add(new ItemDefinition(rs.getString(2), rs.getString(3), points(rs.getBigDecimal(4)),
								criteriaByItem.getOrDefault(rs.getString(2), List.of())));
				}, id);
		List<CategoryDefinition> categories = this.jdbc.query(
				"select code, name, points from rubric_category where rubric_version_id = ? order by position",
				(rs, n) -> new CategoryDefinition(rs.getString(1), rs.getString(2), points(rs.getBigDecimal(3)),
						itemsByCategory.getOrDefault(rs.getString(1), List.of())),
				id);
		List<VetoDefinition> vetoes = this.jdbc.query(
				"select code, text from rubric_veto where rubric_version_id = ? order by position",
				(rs, n) -> new VetoDefinition(rs.getString(1), rs.getString(2)), id);
		return Optional.of(new RubricDefinition(code, version, name, categories, vetoes));
	}

}
