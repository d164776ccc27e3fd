package cn.gov.cq.jianping.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.institution.InstitutionForm;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionType;
import cn.gov.cq.jianping.shared.CreditCode;
import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.MutableClock;
import cn.gov.cq.jianping.support.PublicityUsers;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Decision numbers (渝人社评决〔2026〕N号) are unique and restart each year: two decisions taken
 * at the same moment in two real transactions get different numbers, a new year starts at
 * 1, and the database refuses a repeated number.
 */
@IntegrationTest
class DocumentNumbersIT {

	static final CurrentUser CENTER = PublicityUsers.center();

	static final CurrentUser BUREAU = PublicityUsers.bureau();

	@Autowired
	DocumentNumbers numbers;

	@Autowired
	SupervisionDecisions decisions;

	@Autowired
	InstitutionRegistry registry;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	private long institution() {
		String serial = String.format("%07d", Math.abs(System.nanoTime() % 10_000_000));
		String first17 = "52500000DN" + serial;
		LocalDate registered = LocalDate.now(this.clock).minusYears(1);
		return this.registry.create(CENTER,
				new InstitutionForm("文号测试机构" + serial, first17 + CreditCode.checkCharacter(first17),
						InstitutionType.APPRAISAL, "CITY", "文号测备〔2025〕" + serial + "号", registered,
						registered.plusYears(3), "电工", "某地", "测试", "13800006666", null));
	}

	@Test
	void twoConcurrentDecisionsGetDifferentNumbers() throws Exception {
		long first = this.decisions.propose(CENTER, institution(), "SUSPEND", "专项检查发现问题一", null);
		long second = this.decisions.propose(CENTER, institution(), "SUSPEND", "专项检查发现问题二", null);
		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> runs = new ArrayList<>();
			for (long id : List.of(first, second)) {
				runs.add(pool.submit(() -> {
					together.await();
					this.decisions.decide(BUREAU, id, true, "依第十八条暂停评价活动");
					return null;
				}));
			}
			for (Future<?> run : runs) {
				run.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		String a = this.decisions.get(BUREAU, first).documentNumber();
		String b = this.decisions.get(BUREAU, second).documentNumber();
		System.out.println("concurrent decision numbers: " + a + ", " + b);
		assertThat(a).startsWith("渝人社评决〔" + LocalDate.now(this.clock).getYear() + "〕");
		assertThat(b).startsWith("渝人社评决〔" + LocalDate.now(this.clock).getYear() + "〕");
		assertThat(a).isNotEqualTo(b);
	}

	@Test
	void manyConcurrentAllocationsAreAllDistinctAndContiguous() throws Exception {
		String kind = "TEST_" + System.nanoTime();
		int threads = 8;
		CyclicBarrier together = new CyclicBarrier(threads);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<String>> runs = new ArrayList<>();
		try {
			for (int i = 0; i < threads; i++) {
				runs.add(pool.submit(() -> {
					together.await();
					return this.transactions.execute(status -> this.numbers.next(kind, "测", 2026));
				}));
			}
			List<String> got = new ArrayList<>();
			for (Future<String> run : runs) {
				got.add(run.get());
			}
			assertThat(got).doesNotHaveDuplicates()
				.containsExactlyInAnyOrder("测〔2026〕1号", "测〔2026〕2号", "测〔2026〕3号", "测〔2026〕4号", "测〔2026〕5号", "测〔2026〕6号",
						"测〔2026〕7号", "测〔2026〕8号");
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void numbersRestartAtOneInANewYear() {
		String kind = "TEST_" + System.nanoTime();
		assertThat(next(kind, 2026)).isEqualTo("渝人社评决〔2026〕1号");
		assertThat(next(kind, 2026)).isEqualTo("渝人社评决〔2026〕2号");
		assertThat(next(kind, 2027)).isEqualTo("渝人社评决〔2027〕1号");
		assertThat(next(kind, 2026)).isEqualTo("渝人社评决〔2026〕3号");
	}

	private String next(String kind, int year) {
		String number = this.transactions.execute(s -> this.numbers.next(kind, "渝人社评决", year));
		return number;
	}

	@Test
	void theDatabaseRefusesARepeatedNumber() {
		String kind = "TEST_" + System.nanoTime();
		this.transactions.executeWithoutResult(s -> this.numbers.next(kind, "测", 2026));
		assertThatThrownBy(() -> this.jdbc.update(
				"insert into document_number (kind, year, number, formatted, issued_at) values (?, 2026, 1, '测〔2026〕1号', now())",
				kind))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void aNumberIsOnlyTakenInsideATransaction() {
		assertThatThrownBy(() -> this.numbers.next("TEST_" + System.nanoTime(), "测", 2026))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

}
