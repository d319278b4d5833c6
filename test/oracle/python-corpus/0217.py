# oracle: seed 217, closed, runs cleanly
import torch
import torch.nn as nn

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = nn.GRU(input_size=7, hidden_size=8, num_layers=3, batch_first=True, dropout=0.2, bidirectional=True)
last_0_0 = encode_0(enc_0, torch.ones(2, 4, 7), batch_first=True)
last_0_1 = encode_0(enc_0, torch.rand([3, 3, 7]), batch_first=True)

gru_1 = nn.GRU(8, 7)
x_1 = torch.randn(3, 8)
deep_1 = nn.GRU(8, 7, num_layers=2)
if deep_1.num_layers > 1:
    out_1, _ = deep_1(torch.randn(2, 3, 8), torch.zeros(2, 3, 7))
elif 2 == 3:
    out_1, _ = deep_1(torch.randn(2, 3, 8), torch.zeros(1, 3, 7))
else:
    out_1, _ = deep_1(torch.randn(2, 3, 8), torch.zeros(2, 3, 7))

y_2 = torch.randn(1, 2, 3)
layers_2 = {
    "l0": nn.GRU(3, 7),
    "l1": nn.GRU(7, 6),
}
for name in ["l0", "l1"]:
    y_2, h_2 = layers_2[name](y_2)
