namespace HeyGen.Ci.Docker.Tests;

public sealed class OwnerIdentityTests
{
    [Fact]
    public void FromLabels_LabelsOfThisProcess_RoundTripAndAlive()
    {
        var labels = ResourceLabels.For("run-1", "candidate");

        var owner = OwnerIdentity.FromLabels(labels);

        Assert.Equal(OwnerIdentity.Current, owner);
        Assert.False(owner!.IsDead(OwnerIdentity.Current));
        Assert.Equal("candidate", labels[ResourceLabels.Target]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("no-slash")]
    [InlineData("boot/not-a-pid")]
    [InlineData("/12")]
    public void FromLabels_MissingOrMalformedOwner_Null(string? owner)
    {
        var labels = new Dictionary<string, string>();
        if (owner is not null)
        {
            labels[ResourceLabels.Owner] = owner;
        }

        Assert.Null(OwnerIdentity.FromLabels(labels));
    }

    [Fact]
    public void IsDead_OtherBootSameHost_Dead()
        => Assert.True((OwnerIdentity.Current with { BootId = "earlier-boot" }).IsDead(OwnerIdentity.Current));

    [Fact]
    public void IsDead_OtherHost_NeverJudgedDead()
        => Assert.False((OwnerIdentity.Current with { BootId = "x", Host = "elsewhere", ProcessId = int.MaxValue })
            .IsDead(OwnerIdentity.Current));

    [Fact]
    public void IsDead_PidThatDoesNotExist_Dead()
        => Assert.True((OwnerIdentity.Current with { ProcessId = int.MaxValue }).IsDead(OwnerIdentity.Current));
}
