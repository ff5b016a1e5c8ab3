package dev.plumb.discover;

/** @param invalidUtf8Line see {@link SourceFile#invalidUtf8Line()} */
record DecodedText(String text, int invalidUtf8Line) {}
