package cn.gov.cq.jianping.supervision;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V100 moves a draw's comma-joined population and sample into child tables: every id, in
 * the recorded order (the sample in the order drawn), and an empty list stays empty.
 */
class SpotCheckMembersMigrationTest {

	static EmbeddedPostgres postgres;

	@BeforeAll
	static void start() throws IOException {
		postgres = EmbeddedPostgres.builder()
			.setPGStartupWait(Duration.ofSeconds(60))
			.setLocaleConfig("encoding", "UTF8")
			.start();
	}

	@AfterAll
	static void stop() throws IOException {
		postgres.close();
	}

	@Test
	void existingDrawsKeepTheirPopulationAndSampleInOrder() {
		DataSource dataSource = postgres.getPostgresDatabase();
		flyway(dataSource, "7").migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		long first = insertDraw(jdbc, "3,5,8,13,21", "13,3");
		long second = insertDraw(jdbc, "", "");
		flyway(dataSource, "100").migrate();
		assertThat(members(jdbc, "spot_check_population", first)).containsExactly(3L, 5L, 8L, 13L, 21L);
		assertThat(members(jdbc, "spot_check_sample", first)).containsExactly(13L, 3L);
		assertThat(members(jdbc, "spot_check_population", second)).isEmpty();
		assertThat(members(jdbc, "spot_check_sample", second)).isEmpty();
	}

	private static Flyway flyway(DataSource dataSource, String target) {
		return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load();
	}

	private static long insertDraw(JdbcTemplate jdbc, String population, String sample) {
		return jdbc.queryForObject("""
				insert into spot_check_draw (title, seed, population, sample_size, sample, drawn_by, drawn_at)
				values ('抽查', 777, ?, 2, ?, 'center', now()) returning id""", Long.class, population, sample);
	}

	private static List<Long> members(JdbcTemplate jdbc, String table, long drawId) {
		return jdbc.queryForList("select institution_id from " + table + " where draw_id = ? order by position",
				Long.class, drawId);
	}

}
