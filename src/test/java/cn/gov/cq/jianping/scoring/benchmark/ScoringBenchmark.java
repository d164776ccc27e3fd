package cn.gov.cq.jianping.scoring.benchmark;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import cn.gov.cq.jianping.scoring.model.RubricFixture;
import cn.gov.cq.jianping.scoring.model.RuleSet;
import cn.gov.cq.jianping.scoring.model.ScoreResult;
import cn.gov.cq.jianping.scoring.model.ScoringEngine;
import cn.gov.cq.jianping.scoring.model.Sheet;
import cn.gov.cq.jianping.scoring.model.VetoFinding;
import cn.gov.cq.jianping.scoring.model.VetoSeverity;

/**
 * Throughput of scoring one complete LEVEL sheet (72 criteria, every rule type, one veto)
 * on one thread.
 *
 * <p>
 * Not run by surefire. To run it: <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) cn.gov.cq.jianping.scoring.benchmark.ScoringBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@State(Scope.Benchmark)
public class ScoringBenchmark {

	private ScoringEngine engine;

	private RuleSet ruleSet;

	private Sheet sheet;

	private List<VetoFinding> vetoes;

	@Setup
	public void setUp() {
		this.engine = new ScoringEngine();
		this.ruleSet = RubricFixture.detailedLevelRuleSet();
		this.sheet = RubricFixture.detailedLevelSheet(this.ruleSet);
		this.vetoes = List.of(VetoFinding.of("L-V08", VetoSeverity.BASIC));
		if (!this.ruleSet.validate().isEmpty()
				|| !this.engine.score(this.ruleSet, this.sheet, this.vetoes).complete()) {
			throw new IllegalStateException("benchmark fixture must be a valid, complete sheet");
		}
	}

	@Benchmark
	public ScoreResult scoreFullLevelSheet() {
		return this.engine.score(this.ruleSet, this.sheet, this.vetoes);
	}

	public static void main(String[] args) throws RunnerException {
		Options options = new OptionsBuilder().include(ScoringBenchmark.class.getSimpleName())
			.mode(Mode.Throughput)
			.timeUnit(TimeUnit.SECONDS)
			.threads(1)
			.forks(1)
			.warmupIterations(2)
			.warmupTime(TimeValue.seconds(1))
			.measurementIterations(3)
			.measurementTime(TimeValue.seconds(2))
			.build();
		new Runner(options).run();
	}

}
