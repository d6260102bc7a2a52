"""Reading the input: decoding bytes, the line table, and cutting the text into blocks."""
