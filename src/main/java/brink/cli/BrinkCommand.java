package brink.cli;
public class BrinkCommand { public static void main(String[] a) { } }
