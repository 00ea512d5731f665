using System.Globalization;

namespace PreSales.DocGen.Decks.Rendering;

/// <summary>
/// A picture (PNG or JPEG) fitted into an area with its aspect ratio, with alt text. Plans are checked when read
/// (<see cref="SlideImages"/>); a file that changed since is still skipped here rather than written broken.
/// </summary>
internal static class PictureGraphic
{
    public static bool Write(SlideXml slide, SlideRelations relations, SlideImage image, Rect area)
    {
        if (!File.Exists(image.Path))
            return false;
        var bytes = File.ReadAllBytes(image.Path);
        if (SlideImages.Probe(bytes) is not { Width: > 0, Height: > 0 } picture)
            return false;
        var rel = relations.Add("image", relations.Package.AddImage(bytes, picture.Png));
        var ratio = (double)picture.Width / picture.Height;
        var width = area.Width;
        var height = (long)(width / ratio);
        if (height > area.Height)
        {
            height = area.Height;
            width = (long)(height * ratio);
        }
        var rect = new Rect(area.X + (area.Width - width) / 2, area.Y + (area.Height - height) / 2, width, height);
        var id = slide.NextId();
        slide.Raw.Append(CultureInfo.InvariantCulture, $"<p:pic><p:nvPicPr><p:cNvPr id=\"{id}\" name=\"Picture {id}\" descr=\"{RunStyle.Escape(image.AltText)}\"/><p:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>")
            .Append(CultureInfo.InvariantCulture, $"<p:blipFill><a:blip r:embed=\"{rel}\"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>")
            .Append("<p:spPr>").Append(SlideXml.Xfrm(rect)).Append("<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr></p:pic>");
        return true;
    }
}
