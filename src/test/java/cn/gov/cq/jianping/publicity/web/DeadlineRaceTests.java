package cn.gov.cq.jianping.publicity.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import cn.gov.cq.jianping.publicity.ObjectionFiling;
import cn.gov.cq.jianping.publicity.ObjectionForm;
import cn.gov.cq.jianping.publicity.ObjectionRejectedException;
import cn.gov.cq.jianping.support.IntegrationTestWithoutDemoData;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 第十二条 at the deadline: an objection filed at 23:59:59 of the last day and the
 * confirmation job at 00:00:00 serialise on the entry's row, in real transactions on two
 * threads, so a grade is never confirmed with an objection committed by the deadline,
 * whichever commits first.
 */
@IntegrationTestWithoutDemoData
class DeadlineRaceTests {

	private static final String ID_FIRST17 = "50010319900307123";

	@Autowired
	ApplicationContext context;

	@Autowired
	ObjectionFiling filing;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	PublicFixture fixture;

	LocalDate base;

	@BeforeEach
	void fixture() {
		this.fixture = new PublicFixture(this.context);
		this.base = LocalDate.of(2026, 3, 2);
	}

	@Test
	void anObjectionInFlightAtTheDeadlineStopsTheConfirmation() throws Exception {
		for (int round = 0; round < 3; round++) {
			Entry entry = entryUnderNotice();
			lastSecond(entry);
			CountDownLatch filed = new CountDownLatch(1);
			CompletableFuture<Integer> job = CompletableFuture.supplyAsync(() -> {
				await(filed);
				return this.fixture.confirmations.confirmDue();
			});
			this.transactions.executeWithoutResult(status -> {
				file(entry);
				this.fixture.clock.setInstant(midnightAfter(entry));
				filed.countDown();
				waitUntilBlockedOrDone(job);
			});
			job.get(60, TimeUnit.SECONDS);
			assertThat(status(entry)).isEqualTo("UNDER_NOTICE");
			assertThat(objections(entry)).isEqualTo(1);
		}
	}

	@Test
	void anObjectionAfterTheConfirmationCommittedIsRefused() throws Exception {
		for (int round = 0; round < 3; round++) {
			Entry entry = entryUnderNotice();
			this.fixture.clock.setInstant(midnightAfter(entry));
			CountDownLatch confirmed = new CountDownLatch(1);
			CompletableFuture<Throwable> objection = CompletableFuture.supplyAsync(() -> {
				await(confirmed);
				try {
					file(entry);
					return null;
				}
				catch (RuntimeException ex) {
					return ex;
				}
			});
			this.transactions.executeWithoutResult(status -> {
				assertThat(this.fixture.confirmations.confirmDue()).isEqualTo(1);
				lastSecond(entry);
				confirmed.countDown();
				waitUntilBlockedOrDone(objection);
			});
			assertThat(objection.get(60, TimeUnit.SECONDS)).isInstanceOf(ObjectionRejectedException.class);
			assertThat(status(entry)).isEqualTo("CONFIRMED");
			assertThat(objections(entry)).isZero();
		}
	}

	@Test
	void racedOnTwoThreadsAGradeIsNeverConfirmedWithAnObjection() throws Exception {
		long seed = System.nanoTime();
		System.out.println("DeadlineRaceTests seed=" + seed);
		Random random = new Random(seed);
		for (int round = 0; round < 8; round++) {
			Entry entry = entryUnderNotice();
			lastSecond(entry);
			CyclicBarrier start = new CyclicBarrier(2);
			int jobDelay = random.nextInt(3);
			CompletableFuture<Boolean> objection = CompletableFuture.supplyAsync(() -> {
				await(start);
				try {
					file(entry);
					return true;
				}
				catch (ObjectionRejectedException ex) {
					return false;
				}
			});
			await(start);
			for (int i = 0; i < jobDelay; i++) {
				Thread.onSpinWait();
			}
			this.fixture.clock.setInstant(midnightAfter(entry));
			this.fixture.confirmations.confirmDue();
			boolean filed = objection.get(60, TimeUnit.SECONDS);
			this.fixture.confirmations.confirmDue();
			String status = status(entry);
			assertThat(objections(entry)).isEqualTo(filed ? 1 : 0);
			assertThat(status).as("round %d, objection filed: %s", round, filed)
				.isEqualTo(filed ? "UNDER_NOTICE" : "CONFIRMED");
		}
	}

	private record Entry(long id, LocalDate start) {
	}

	private Entry entryUnderNotice() {
		this.fixture.clock.setInstant(this.base.atTime(9, 0).atZone(PublicFixture.ZONE).toInstant());
		PublicFixture.Institution institution = this.fixture.institution("截止竞争");
		PublicFixture.Published published = this.fixture.publish(2026, List.of(institution), List.of(BigDecimal.ONE));
		return new Entry(published.entryOf(institution).id(), published.start());
	}

	private void lastSecond(Entry entry) {
		this.fixture.clock
			.setInstant(entry.start().plusDays(9).atTime(23, 59, 59).atZone(PublicFixture.ZONE).toInstant());
	}

	private Instant midnightAfter(Entry entry) {
		return entry.start().plusDays(10).atStartOfDay(PublicFixture.ZONE).toInstant();
	}

	private void file(Entry entry) {
		this.filing.file(new ObjectionForm(entry.id(), "PERSON", "张三", PublicFixture.idNumber(ID_FIRST17),
				"13812345678", null, null, null, "截止前最后一秒提交的异议，应阻止等级确定。", true, true), List.of());
	}

	private String status(Entry entry) {
		return this.jdbc.queryForObject("select status from publicity_entry where id = ?", String.class, entry.id());
	}

	private int objections(Entry entry) {
		return this.jdbc.queryForObject("select count(*) from objection where entry_id = ?", Integer.class, entry.id());
	}

	/**
	 * Holds the transaction open until the other thread waits on a row lock (or has
	 * finished without waiting, as it did before the lock), so the interleaving is the
	 * one under test and not left to chance.
	 */
	private void waitUntilBlockedOrDone(CompletableFuture<?> other) {
		long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!other.isDone() && System.nanoTime() - giveUp < 0) {
			Integer waiting = this.jdbc.queryForObject(
					"select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()",
					Integer.class);
			if (waiting != null && waiting > 0) {
				return;
			}
			Thread.onSpinWait();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await(60, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
