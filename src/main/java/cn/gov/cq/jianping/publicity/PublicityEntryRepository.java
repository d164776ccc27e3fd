package cn.gov.cq.jianping.publicity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface PublicityEntryRepository extends Repository<PublicityEntry, Long> {

	PublicityEntry save(PublicityEntry entry);

	Optional<PublicityEntry> findById(Long id);

	List<PublicityEntry> findByIdIn(Collection<Long> ids);

	List<PublicityEntry> findByPublicityIdOrderByInstitutionNameAsc(long publicityId);

	List<PublicityEntry> findByStatusOrderByIdAsc(PublicityEntry.Status status);

	List<PublicityEntry> findByCaseId(long caseId);

}
