// oracle: seed 372, closed, runs cleanly
import * as rl from "rnnlens";

const byName_0 = new Map();
byName_0.set("enc", new rl.nn.LSTM(4, 6));
byName_0.get("enc").forward(rl.torch.randn(2, 2, 4));
