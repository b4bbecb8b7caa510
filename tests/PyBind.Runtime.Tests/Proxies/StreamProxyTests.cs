using System.IO;
using System.Text;
using Xunit;

namespace PyBind.Runtime.Tests.Proxies;

public class StreamProxyTests
{
    private const string Csv = "name,score\nada,90\nbob,85\n";

    private static MemoryStream Text(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Stream_IsABinaryFileObject()
    {
        using var scope = Python.CreateScope();
        scope.Set("f", Text("first\nsecond\nthird"));
        scope.Run("""
            import io
            assert isinstance(f, io.RawIOBase) and isinstance(f, io.IOBase)
            assert f.readable() and f.writable() and f.seekable() and not f.closed and f.mode == 'rb+'
            assert f.read(3) == b'fir' and f.tell() == 3
            assert f.readline() == b'st\n'
            assert list(f) == [b'second\n', b'third']
            assert f.seek(0) == 0 and f.readlines() == [b'first\n', b'second\n', b'third']
            f.seek(-5, io.SEEK_END)
            buffer = bytearray(10)
            assert f.readinto(buffer) == 5 and buffer[:5] == b'third'
            assert f.read() == b'' and f.read1(4) == b''
            f.seek(0)
            assert f.readall() == b'first\nsecond\nthird' and f.length == 18
            """);
    }

    [Fact]
    public void Stream_IsWrittenAndClosedByPython()
    {
        var stream = new MemoryStream();
        using var scope = Python.CreateScope();
        scope.Set("f", stream);
        scope.Run("""
            assert f.write(b'abc') == 3 and f.write(memoryview(b'def')[1:]) == 2
            f.writelines([b'\n', bytearray(b'ghi')])
            f.flush()
            assert f.truncate(8) == 8
            with f:
                pass
            assert f.closed
            try:
                f.read()
                raise AssertionError('a closed file was read')
            except ValueError as e:
                assert 'closed file' in str(e)
            """);
        Assert.Equal("abcef\ngh", Encoding.UTF8.GetString(stream.ToArray()));
        Assert.False(stream.CanRead, "closing the file disposes the stream");
    }

    [Fact]
    public void Stream_DroppedByPython_StaysOpen()
    {
        var stream = Text("kept");
        using (var scope = Python.CreateScope())
        {
            scope.Set("f", stream);
            scope.Run("assert f.read(2) == b'ke'\ndel f");
        }
        Assert.True(stream.CanRead, "the stream belongs to .NET: dropping the proxy must not close it");
    }

    [Fact]
    public void Stream_IsReadByJsonAndCsv()
    {
        using var scope = Python.CreateScope();
        scope.Set("json_file", Text("""{"name": "ada", "scores": [90, 85]}"""));
        scope.Set("csv_file", Text(Csv));
        scope.Set("unseekable", new UnseekableStream(Encoding.UTF8.GetBytes(Csv)));
        scope.Run("""
            import csv, io, json
            assert json.load(json_file) == {'name': 'ada', 'scores': [90, 85]}
            rows = list(csv.DictReader(io.TextIOWrapper(csv_file, encoding='utf-8', newline='')))
            assert rows == [{'name': 'ada', 'score': '90'}, {'name': 'bob', 'score': '85'}], rows
            assert not unseekable.seekable() and [line for line in unseekable] == [b'name,score\n', b'ada,90\n', b'bob,85\n']
            """);
    }

    [NumpyFact]
    [Trait("Category", "Numpy")]
    public void Stream_IsReadByPandas()
    {
        using var scope = Python.CreateScope();
        scope.Set("csv_file", Text(Csv));
        scope.Run("""
            import pandas
            frame = pandas.read_csv(csv_file)
            assert list(frame.columns) == ['name', 'score'] and frame['score'].sum() == 175, frame
            """);
    }

    /// <summary>A stream that only reads forward, as a network stream does.</summary>
    private sealed class UnseekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
