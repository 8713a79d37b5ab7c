/** Floor 1: the JVM and one class. */
public final class Hello {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
