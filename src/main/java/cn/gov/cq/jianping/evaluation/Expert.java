package cn.gov.cq.jianping.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A member of the center's expert pool, with the institutions they declared a conflict
 * with.
 */
@Entity
@Table(name = "expert")
class Expert {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String username;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String speciality;

	@Column(nullable = false)
	private String employer;

	@ElementCollection
	@CollectionTable(name = "expert_conflict", joinColumns = @JoinColumn(name = "expert_id"))
	@MapKeyColumn(name = "institution_id")
	@Column(name = "reason", nullable = false)
	private Map<Long, String> conflicts = new LinkedHashMap<>();

	@Version
	private long version;

	protected Expert() {
	}

	Expert(String username, String name, String speciality, String employer) {
		this.username = username;
		this.name = name;
		this.speciality = speciality;
		this.employer = employer;
	}

	void declareConflict(long institutionId, String reason) {
		this.conflicts.put(institutionId, reason);
	}

	boolean conflictsWith(long institutionId) {
		return this.conflicts.containsKey(institutionId);
	}

	Long getId() {
		return this.id;
	}

	String getUsername() {
		return this.username;
	}

	String getName() {
		return this.name;
	}

	String getSpeciality() {
		return this.speciality;
	}

	String getEmployer() {
		return this.employer;
	}

	Map<Long, String> getConflicts() {
		return this.conflicts;
	}

}
