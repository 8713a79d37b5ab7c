package jixiao.storage.sqlite;

import java.util.ArrayList;
import java.util.List;
import jixiao.domain.project.Project;
import jixiao.storage.demo.DemoForms;

/** The bundled real forms, as test data. */
final class Demo {

    private Demo() {
    }

    static List<Project> projects() {
        List<Project> all = new ArrayList<>();
        DemoForms.names().forEach(name -> all.addAll(DemoForms.read(name).projects()));
        return all;
    }
}
