// oracle: seed 282, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const byName_0 = new Map();
byName_0.set("enc", new nn.LSTM(2, 7));
byName_0.get("enc").forward(torch.randn(2, 2, 2));
