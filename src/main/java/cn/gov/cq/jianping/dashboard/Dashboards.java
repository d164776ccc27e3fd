package cn.gov.cq.jianping.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.gov.cq.jianping.identity.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 统计分析: the figures a user may see for a round, within their scope.
 */
@Service
public class Dashboards {

	/** The ids of the figures, in the order the page shows them. */
	public static final List<String> FIGURES = List.of("grades", "district-trend", "institution-trend", "gaps",
			"experts", "workload");

	private final RoundFigures roundFigures;

	private final TrendFigures trendFigures;

	private final JdbcClient jdbc;

	private final Clock clock;

	Dashboards(RoundFigures roundFigures, TrendFigures trendFigures, JdbcClient jdbc, Clock clock) {
		this.roundFigures = roundFigures;
		this.trendFigures = trendFigures;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A launched round to choose from. */
	public record RoundOption(long id, String name) {
	}

	@Transactional(readOnly = true)
	public List<RoundOption> rounds() {
		return this.jdbc
			.sql("select id, name from evaluation_round where status = 'LAUNCHED' order by year desc, id desc")
			.query((rs, n) -> new RoundOption(rs.getLong("id"), rs.getString("name")))
			.list();
	}

	/** The chosen round if it exists, else the latest launched one. */
	@Transactional(readOnly = true)
	public Optional<RoundOption> round(Long requested) {
		List<RoundOption> rounds = rounds();
		return rounds.stream()
			.filter(r -> requested != null && r.id() == requested)
			.findFirst()
			.or(() -> rounds.stream().findFirst());
	}

	@Transactional(readOnly = true)
	public List<FigureTable> figures(CurrentUser user, long roundId) {
		return FIGURES.stream().map(id -> figure(user, roundId, id).orElseThrow()).toList();
	}

	@Transactional(readOnly = true)
	public Optional<FigureTable> figure(CurrentUser user, long roundId, String id) {
		DashboardScope scope = DashboardScope.of(user);
		LocalDate today = LocalDate.now(this.clock);
		return Optional.ofNullable(switch (id) {
			case "grades" -> this.roundFigures.grades(roundId, scope);
			case "district-trend" -> this.trendFigures.districts(scope);
			case "institution-trend" -> this.trendFigures.institutions(scope);
			case "gaps" -> this.roundFigures.gaps(roundId, scope);
			case "experts" -> this.roundFigures.experts(roundId, scope);
			case "workload" -> this.roundFigures.workload(roundId, scope, today);
			default -> null;
		});
	}

}
