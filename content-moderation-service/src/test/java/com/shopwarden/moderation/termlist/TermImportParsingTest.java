package com.shopwarden.moderation.termlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.shopwarden.contracts.Severity;
import com.shopwarden.problem.FieldViolation;
import com.shopwarden.problem.Problem;
import com.shopwarden.problem.ProblemException;
import com.shopwarden.text.MatchMode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsing and checking of import bodies, without the service around them. */
class TermImportParsingTest {

  private static List<String> failedFields(Runnable parse) {
    Problem problem = catchThrowableOfType(ProblemException.class, parse::run).toProblem();
    return problem.errors().stream().map(FieldViolation::field).toList();
  }

  @Test
  void aByteOrderMarkAndColumnsInAnyOrderAreFine() {
    TermImport rows =
        TermImport.fromCsv(
            "\uFEFFSeverity,Term,Mode\r\nhigh,obat kuat,phrase\r\n,Scunthorpe,exception\r\n");
    assertThat(rows.entries())
        .extracting(TermImport.Entry::text, TermImport.Entry::mode, TermImport.Entry::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("obat kuat", MatchMode.PHRASE, Severity.HIGH),
            org.assertj.core.groups.Tuple.tuple("Scunthorpe", null, null));
    assertThat(rows.entries().get(1).kind()).isEqualTo("EXCEPTION");
  }

  @Test
  void rowsAreNumberedByTheLineTheyStartOn() {
    String csv =
        "term,mode,severity\n" // row 1
            + "\"two\nlines\",PHRASE,LOW\n" // rows 2-3
            + "\n" // 4, skipped
            + "bad,PHRASE,NONE\n"; // 5
    assertThat(failedFields(() -> TermImport.fromCsv(csv))).containsExactly("rows[5].severity");
  }

  @Test
  void everyFailureOfARowIsListed() {
    String csv = "term,mode,severity,languages\n,SOMETIMES,NONE,xx\n";
    assertThat(failedFields(() -> TermImport.fromCsv(csv)))
        .containsExactly("rows[2].term", "rows[2].mode", "rows[2].severity", "rows[2].languages");
  }

  @Test
  void languagesAreSortedAndRepeatsNoticedWhateverTheirOrder() {
    String csv = "term,mode,severity,languages\nx,SUBSTRING,LOW,ms id\nx,substring,low,id;ms\n";
    assertThat(failedFields(() -> TermImport.fromCsv(csv))).containsExactly("rows[3].term");
    TermImport one = TermImport.fromCsv("term,mode,severity,languages\nx,SUBSTRING,LOW,ms id\n");
    assertThat(Arrays.asList(one.entries().get(0).languages().toArray()))
        .containsExactlyInAnyOrder("id", "ms");
  }

  @Test
  void emptyBodiesAndHeaderOnlyBodiesHaveNoRows() {
    assertThat(failedFields(() -> TermImport.fromCsv("  "))).containsExactly("csv");
    assertThat(failedFields(() -> TermImport.fromCsv("term,mode,severity\n")))
        .containsExactly("rows");
    assertThat(failedFields(() -> TermImport.fromJson(List.of()))).containsExactly("rows");
  }
}
