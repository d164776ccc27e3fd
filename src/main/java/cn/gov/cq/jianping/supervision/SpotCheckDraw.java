package cn.gov.cq.jianping.supervision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import cn.gov.cq.jianping.supervision.model.SampleDraw;

/**
 * 专项抽查 (第二十条): a recorded draw with the seed, the population (sorted by id) and the
 * sample in the order drawn, so anyone can re-draw it and compare; and the findings for
 * sampled institutions.
 */
@Entity
@Table(name = "spot_check_draw")
class SpotCheckDraw {

	static final String NOT_SAMPLED = "该机构不在本次抽查的样本中";

	/** What was found at one sampled institution. */
	@Embeddable
	static class Finding {

		@Column(name = "finding", nullable = false)
		private String text;

		@Column(name = "recorded_by", nullable = false)
		private String recordedBy;

		@Column(name = "recorded_at", nullable = false)
		private Instant recordedAt;

		protected Finding() {
		}

		Finding(String text, String recordedBy, Instant recordedAt) {
			this.text = text;
			this.recordedBy = recordedBy;
			this.recordedAt = recordedAt;
		}

		String getText() {
			return this.text;
		}

		String getRecordedBy() {
			return this.recordedBy;
		}

		Instant getRecordedAt() {
			return this.recordedAt;
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private long seed;

	@Column(name = "sample_size", nullable = false)
	private int sampleSize;

	@Column(name = "drawn_by", nullable = false)
	private String drawnBy;

	@Column(name = "drawn_at", nullable = false)
	private Instant drawnAt;

	@ElementCollection
	@CollectionTable(name = "spot_check_population", joinColumns = @JoinColumn(name = "draw_id"))
	@OrderColumn(name = "position")
	@Column(name = "institution_id", nullable = false)
	private List<Long> population = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "spot_check_sample", joinColumns = @JoinColumn(name = "draw_id"))
	@OrderColumn(name = "position")
	@Column(name = "institution_id", nullable = false)
	private List<Long> sample = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "spot_check_finding", joinColumns = @JoinColumn(name = "draw_id"))
	@MapKeyColumn(name = "institution_id")
	private Map<Long, Finding> findings = new HashMap<>();

	protected SpotCheckDraw() {
	}

	/**
	 * Draws {@code size} of the population with the seed; the population is kept sorted
	 * by id.
	 */
	SpotCheckDraw(String title, List<Long> population, int size, long seed, String drawnBy, Instant drawnAt) {
		this.title = title;
		this.seed = seed;
		this.sampleSize = size;
		this.population = new ArrayList<>(population.stream().distinct().sorted().toList());
		this.sample = new ArrayList<>(SampleDraw.draw(this.population, size, seed));
		this.drawnBy = drawnBy;
		this.drawnAt = drawnAt;
	}

	/**
	 * Whether drawing again from the recorded seed and population gives the recorded
	 * sample.
	 */
	boolean redrawsTheSame() {
		return SampleDraw.draw(List.copyOf(this.population), this.sampleSize, this.seed)
			.equals(List.copyOf(this.sample));
	}

	/** Whether the institution is in the sample. */
	boolean samples(long institutionId) {
		return this.sample.contains(institutionId);
	}

	/** Records (or replaces) the finding at a sampled institution. */
	void recordFinding(long institutionId, String text, String recordedBy, Instant now) {
		if (!samples(institutionId)) {
			throw new SupervisionRejectedException(NOT_SAMPLED);
		}
		this.findings.put(institutionId, new Finding(text, recordedBy, now));
	}

	Long getId() {
		return this.id;
	}

	String getTitle() {
		return this.title;
	}

	long getSeed() {
		return this.seed;
	}

	int getSampleSize() {
		return this.sampleSize;
	}

	String getDrawnBy() {
		return this.drawnBy;
	}

	Instant getDrawnAt() {
		return this.drawnAt;
	}

	List<Long> getPopulation() {
		return List.copyOf(this.population);
	}

	List<Long> getSample() {
		return List.copyOf(this.sample);
	}

	Map<Long, Finding> getFindings() {
		return Map.copyOf(this.findings);
	}

}
