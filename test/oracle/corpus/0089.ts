// oracle: seed 89, closed, runs cleanly
import rl from "rnnlens";

const byName_0 = new Map();
byName_0.set("enc", new rl.nn.LSTM(7, 3));
byName_0.get("enc").forward(rl.torch.randn(2, 2, 7));
