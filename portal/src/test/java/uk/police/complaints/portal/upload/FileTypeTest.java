package uk.police.complaints.portal.upload;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileTypeTest {

    @Test
    void eachAllowedKindIsKnownByItsContent() {
        assertThat(FileType.of(TestFiles.pdf())).contains(FileType.PDF);
        assertThat(FileType.of(TestFiles.jpeg())).contains(FileType.JPEG);
        assertThat(FileType.of(TestFiles.png())).contains(FileType.PNG);
        assertThat(FileType.of(TestFiles.heic())).contains(FileType.HEIC);
        assertThat(FileType.of(TestFiles.docx())).contains(FileType.DOCX);
    }

    @Test
    void aProgramOrAnyOtherZipOrNothingIsNoneOfThem() {
        assertThat(FileType.of(TestFiles.program())).isEmpty();
        assertThat(FileType.of(TestFiles.otherZip())).isEmpty();
        assertThat(FileType.of(TestFiles.EICAR)).isEmpty();
        assertThat(FileType.of(new byte[0])).isEmpty();
        assertThat(FileType.of(new byte[] {'P', 'K', 3, 4, 1, 2})).isEmpty();
    }

    @Test
    void aFileNameKeepsOnlyItsLastPartWithoutControlCharacters() {
        assertThat(UploadChecks.fileName("C:\\fakepath\\llythyr canlyniad ŵ.pdf")).isEqualTo("llythyr canlyniad ŵ.pdf");
        assertThat(UploadChecks.fileName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(UploadChecks.fileName("a\u0000b\u202Ec.pdf")).isEqualTo("ab\u202Ec.pdf");
        assertThat(UploadChecks.fileName("")).isEqualTo("file");
        assertThat(UploadChecks.fileName("x".repeat(300))).hasSize(120);
    }
}
