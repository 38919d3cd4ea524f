package nl.hgk.ledger.command.imports;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.hgk.ledger.command.cases.CaseCommand;
import nl.hgk.ledger.command.cases.EraseCaseData;
import nl.hgk.ledger.command.cases.ErasePerson;
import nl.hgk.ledger.command.cases.ReceiveReport;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The commands of a case an import may give after the report that opens it, by their record's name: every
 * {@link CaseCommand} of the case, found on the class path so that a new command is importable without a list to keep.
 * Not the report ({@code ReceiveReport} goes through the intake, which chooses the case), nor the erasures: erasing is
 * a privacy officer's or the retention's decision now, not a step of the past.
 */
final class ImportableCommands {

    private static final String CASE_ID = "caseId";
    private static final String EXPECTED_VERSION = "expectedVersion";
    private static final Set<Class<?>> NOT_IMPORTED = Set.of(ReceiveReport.class, ErasePerson.class,
            EraseCaseData.class);

    private final Map<String, Class<?>> byName;
    private final ObjectMapper json;

    ImportableCommands(ObjectMapper json) {
        this.json = json;
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(CaseCommand.class));
        this.byName = scanner.findCandidateComponents(CaseCommand.class.getPackageName()).stream()
                .map(BeanDefinition::getBeanClassName)
                .map(name -> ClassUtils.resolveClassName(name, CaseCommand.class.getClassLoader()))
                .filter(type -> type.isRecord() && !NOT_IMPORTED.contains(type))
                .collect(Collectors.toMap(Class::getSimpleName, type -> type, (a, b) -> a, TreeMap::new));
    }

    /**
     * @return the command named {@code step}, read from its fields, on the case {@code caseId} and on whatever version
     *         the case is at (the import's steps follow each other within one transaction)
     * @throws InvalidStep for an unknown name, or fields that do not make the command
     */
    Object command(String step, ObjectNode fields, UUID caseId) {
        Class<?> type = byName.get(step);
        if (type == null) {
            throw new InvalidStep("step", "is no command an import gives; one of " + byName.keySet());
        }
        if (fields.has(CASE_ID) || fields.has(EXPECTED_VERSION)) {
            throw new InvalidStep("command", "names no caseId or expectedVersion: the import sets them");
        }
        ObjectNode command = fields.deepCopy();
        command.put(CASE_ID, caseId.toString());
        try {
            return json.treeToValue(command, type);
        } catch (JsonProcessingException unreadable) {
            throw InvalidStep.unreadable(unreadable);
        }
    }
}
