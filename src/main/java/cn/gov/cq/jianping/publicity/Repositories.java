package cn.gov.cq.jianping.publicity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface PublicityRepository extends Repository<Publicity, Long> {

	Publicity save(Publicity publicity);

	Optional<Publicity> findById(Long id);

	List<Publicity> findAllByOrderByIdDesc();

	List<Publicity> findByIdIn(Collection<Long> ids);

}

interface PublicityEntryRepository extends Repository<PublicityEntry, Long> {

	PublicityEntry save(PublicityEntry entry);

	Optional<PublicityEntry> findById(Long id);

	List<PublicityEntry> findByPublicityIdOrderByInstitutionNameAsc(long publicityId);

	List<PublicityEntry> findByStatusOrderByIdAsc(PublicityEntry.Status status);

	List<PublicityEntry> findByCaseId(long caseId);

}

interface ObjectionRepository extends Repository<Objection, Long> {

	Objection save(Objection objection);

	Optional<Objection> findById(Long id);

	Optional<Objection> findByReceiptNumber(String receiptNumber);

	List<Objection> findByEntryIdOrderByIdAsc(long entryId);

	long countByEntryIdAndStatus(long entryId, Objection.Status status);

	List<Objection> findByStatusOrderByIdAsc(Objection.Status status);

	List<Objection> findByPersonalDataErasedAtIsNullAndDecidedAtBefore(java.time.Instant before);

	boolean existsByReceiptNumber(String receiptNumber);

}
