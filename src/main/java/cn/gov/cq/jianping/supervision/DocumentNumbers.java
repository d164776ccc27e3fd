package cn.gov.cq.jianping.supervision;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Numbers of decisions and documents (渝人社评决〔2026〕N号): one sequence per kind and year,
 * starting at 1 each year. The counter row is taken with an upsert, which locks it until
 * the caller's transaction ends, so two concurrent decisions wait for each other instead
 * of sharing a number; {@code document_number}'s unique (kind, year, number) guards the
 * rest.
 */
@Component
public class DocumentNumbers {

	/** 处理决定 of the bureau (第十八条 to 第二十条). */
	public static final String SUPERVISION_DECISION = "SUPERVISION_DECISION";

	/** 延续备案决定 (第八条). */
	public static final String RENEWAL_DECISION = "RENEWAL_DECISION";

	private final JdbcClient jdbc;

	private final Clock clock;

	DocumentNumbers(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The next number of {@code kind} in {@code year}, formatted as
	 * {@code prefix〔year〕N号}, in the caller's transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public String next(String kind, String prefix, int year) {
		int number = this.jdbc.sql("""
				insert into document_number_counter (kind, year, last_number) values (:kind, :year, 1)
				on conflict (kind, year) do update set last_number = document_number_counter.last_number + 1
				returning last_number""").param("kind", kind).param("year", year).query(Integer.class).single();
		String formatted = prefix + "〔" + year + "〕" + number + "号";
		this.jdbc.sql("""
				insert into document_number (kind, year, number, formatted, issued_at)
				values (:kind, :year, :number, :formatted, :at)""")
			.param("kind", kind)
			.param("year", year)
			.param("number", number)
			.param("formatted", formatted)
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
		return formatted;
	}

}
