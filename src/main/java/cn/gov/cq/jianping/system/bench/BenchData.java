package cn.gov.cq.jianping.system.bench;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.cq.jianping.shared.CreditCode;
import cn.gov.cq.jianping.shared.District;
import cn.gov.cq.jianping.shared.Districts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills the database, once, with fictional institutions (both types, spread over the
 * districts), each with confirmed grades from three rounds, so the public lookup can be
 * load-tested at a realistic size. Only with the {@code bench} profile; it writes
 * straight to the tables in one transaction, with the rounds, cases, publicities and
 * entries the foreign keys need.
 */
@Component
@Profile("bench")
@Order(100)
class BenchData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BenchData.class);

	/**
	 * Registration numbers of seeded institutions start with this; it also marks a seeded
	 * database.
	 */
	static final String MARK = "基准测试备〔";

	static final int[] YEARS = { 2023, 2024, 2025 };

	static final String YUBEI = "500112";

	private static final String[] WORDS = { "嘉陵", "长江", "山城", "巴渝", "缙云", "歌乐", "南山", "朝天", "两江", "渝州", "金佛", "华蓥",
			"龙门", "鹅岭", "白帝", "武陵", "大巴", "仙女", "天生", "铁山", "合川", "涪陵", "綦江", "大足", "荣昌" };

	private static final String[] SUFFIXES = { "职业技能评价中心", "职业培训学校", "技工学校", "职业技术学院", "技能人才评价有限公司", "人力资源服务有限公司",
			"职业技能鉴定所", "工业集团有限公司" };

	private static final String[] GRADES = { "EXCELLENT", "QUALIFIED", "QUALIFIED", "QUALIFIED", "BASIC",
			"UNQUALIFIED" };

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final int institutions;

	private final int currentCases;

	BenchData(JdbcTemplate jdbc, Clock clock, @Value("${jianping.bench.institutions:5000}") int institutions,
			@Value("${jianping.bench.current-cases:5000}") int currentCases) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.institutions = institutions;
		this.currentCases = currentCases;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Integer seeded = this.jdbc.queryForObject("select count(*) from institution where registration_number like ?",
				Integer.class, MARK + "%");
		if (seeded != null && seeded > 0) {
			log.info("基准数据已就绪：已有 {} 个基准机构，不再重复生成", seeded);
			return;
		}
		long started = System.nanoTime();
		Instant now = this.clock.instant();
		insertInstitutions(0, this.institutions, now);
		for (int year : YEARS) {
			insertRound(year, now);
		}
		new BenchCurrentRound(this.jdbc).addCases(this.currentCases, now);
		log.info("基准数据已就绪：生成 {} 个机构、{} 条已确定等级、当前批次 {} 个案件，用时 {} ms", this.institutions,
				this.institutions * YEARS.length, Math.min(this.currentCases, this.institutions),
				(System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Adds count fictional institutions (serials from first on) and their cases in the
	 * current round, for tests that measure pages at two sizes.
	 */
	static long addToCurrentRound(JdbcTemplate jdbc, Instant now, int first, int count) {
		insertInstitutions(jdbc, first, count, now);
		return new BenchCurrentRound(jdbc).addCases(count, now);
	}

	private void insertInstitutions(int first, int count, Instant now) {
		insertInstitutions(this.jdbc, first, count, now);
	}

	private static void insertInstitutions(JdbcTemplate jdbc, int first, int count, Instant now) {
		List<District> districts = Districts.all().list();
		Random random = new Random(20210033L + first);
		List<Object[]> rows = new ArrayList<>(count);
		for (int i = first; i < first + count; i++) {
			// A fictional organisation code: 52 (social organisation) 500000 (Chongqing)
			// BT + serial.
			String first17 = "52500000BT" + String.format("%07d", i);
			boolean appraisal = i % 5 == 0;
			// One in ten is registered with 渝北区, the demo district account's, so it
			// reviews hundreds of cases.
			String district = appraisal || i % 7 == 0 ? null
					: (i % 10 == 1 ? YUBEI : districts.get(i % districts.size()).code());
			String name = WORDS[random.nextInt(WORDS.length)] + WORDS[random.nextInt(WORDS.length)]
					+ SUFFIXES[random.nextInt(SUFFIXES.length)] + "（基准" + i + "）";
			LocalDate registered = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(1000));
			rows.add(new Object[] { name, first17 + CreditCode.checkCharacter(first17),
					appraisal ? "APPRAISAL" : "LEVEL", district, MARK + "2020〕" + i + "号", Date.valueOf(registered),
					Date.valueOf(registered.plusYears(8)), "电工（五级/四级）", "重庆市某区某路 " + i + " 号", "联系人",
					"023-6000" + String.format("%04d", i % 10000), Timestamp.from(now), Timestamp.from(now) });
		}
		jdbc.batchUpdate(
				"""
						insert into institution (name, credit_code, type, district_code, registration_number, registered_on,
						    expires_on, scope_occupations, evaluation_sites, contact_person, contact_phone, created_at, updated_at)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				rows);
	}

	/**
	 * One round: its cases, a publicity, the entries, the confirmed grades and the
	 * announcement.
	 */
	private void insertRound(int year, Instant now) {
		Long appraisalRules = defaultRuleSet("APPRAISAL");
		Long levelRules = defaultRuleSet("LEVEL");
		LocalDate start = LocalDate.of(year, 11, 1);
		Timestamp confirmedAt = Timestamp.valueOf(start.plusDays(10).atTime(0, 5));
		Long roundId = this.jdbc.queryForObject("""
				insert into evaluation_round (name, year, appraisal_rule_set_id, level_rule_set_id, self_deadline,
				    district_deadline, center_deadline, consolidation_method, status, created_by, created_at,
				    launched_by, launched_at)
				values (?, ?, ?, ?, ?, ?, ?, 'MEAN', 'LAUNCHED', 'bench', ?, 'bench', ?) returning id""", Long.class,
				year + " 年度基准测试批次", year, appraisalRules, levelRules, Date.valueOf(LocalDate.of(year, 6, 30)),
				Date.valueOf(LocalDate.of(year, 7, 31)), Date.valueOf(LocalDate.of(year, 9, 30)), Timestamp.from(now),
				Timestamp.from(now));
		// Grades differ by year and institution, deterministically.
		String grade = "(array[" + String.join(",", Arrays.stream(GRADES).map(g -> "'" + g + "'").toList())
				+ "])[1 + ((i.id * 7 + " + year + ") % " + GRADES.length + ")]";
		this.jdbc.update("""
				insert into evaluation_case (round_id, institution_id, institution_name, rubric_code, district_code,
				    via_district, rule_set_id, stage, initial_total, initial_grade, approved_by, approved_at,
				    approved_total, approved_grade, created_at, updated_at)
				select ?, i.id, i.name, i.type, i.district_code, i.district_code is not null,
				    case i.type when 'APPRAISAL' then ? else ? end, 'APPROVED', 80, %1$s, 'bench', ?, 80, %1$s, ?, ?
				from institution i where i.registration_number like ?""".formatted(grade), roundId, appraisalRules,
				levelRules, confirmedAt, Timestamp.from(now), Timestamp.from(now), MARK + "%");
		Long publicityId = this.jdbc.queryForObject("""
				insert into publicity (round_id, title, start_date, days, day_kind, end_date, created_by, created_at)
				values (?, ?, ?, 10, 'NATURAL', ?, 'bench', ?) returning id""", Long.class, roundId,
				year + " 年度基准测试批次 评估结果和初定等级公示", Date.valueOf(start), Date.valueOf(start.plusDays(9)),
				Timestamp.from(now));
		this.jdbc.update("""
				insert into publicity_entry (publicity_id, case_id, institution_id, institution_name, credit_code,
				    institution_type, district_code, round_year, total, grade, status, confirmed_at)
				select ?, c.id, i.id, i.name, i.credit_code,
				    case i.type when 'APPRAISAL' then '考核鉴定机构' else '等级评价机构' end, i.district_code, ?, 80,
				    c.approved_grade, 'CONFIRMED', ?
				from evaluation_case c join institution i on i.id = c.institution_id where c.round_id = ?""",
				publicityId, year, confirmedAt, roundId);
		Long announcementId = this.jdbc.queryForObject("""
				insert into announcement (round_id, title, published_by, published_at) values (?, ?, 'bench', ?)
				returning id""", Long.class, roundId, year + " 年度基准测试批次 职业技能鉴定评价机构等级评估结果公告",
				Timestamp.valueOf(start.plusDays(20).atTime(9, 0)));
		this.jdbc.update("""
				insert into confirmed_grade (entry_id, institution_id, credit_code, institution_name, institution_type,
				    district_code, grade, round_year, confirmed_at, announcement_id)
				select e.id, e.institution_id, e.credit_code, e.institution_name, e.institution_type, e.district_code,
				    e.grade, e.round_year, e.confirmed_at, ?
				from publicity_entry e where e.publicity_id = ?""", announcementId, publicityId);
	}

	private Long defaultRuleSet(String rubric) {
		return this.jdbc.queryForObject(
				"select id from rule_set where rubric_code = ? and is_default order by id desc limit 1", Long.class,
				rubric);
	}

}
