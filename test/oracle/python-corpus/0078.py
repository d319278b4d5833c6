# oracle: seed 78, closed, runs cleanly
import torch
from torch.nn import GRU, GRUCell, RNN, RNNCell

gru_0 = GRU(6, 8)
x_0 = torch.randn(4, 3, 6)
cell_0 = GRUCell(6, 8)
if x_0.dim() == 3:
    out_0, _ = gru_0(x_0)
else:
    out_0 = cell_0(x_0)

def encode_1(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_1 = RNN(2, 4, 1, True, False)
last_1_0 = encode_1(enc_1, torch.zeros(3, 1, 2), h0=torch.zeros(1, 1, 4))
last_1_1 = encode_1(enc_1, torch.ones((3, 1, 2)), h0=torch.zeros(1, 1, 4))

cell_2 = RNNCell(input_size=2, hidden_size=5)
h_2 = torch.zeros(2, 5)
t_2 = 0
while t_2 < 1:
    h_2 = cell_2(torch.randn(2, 2), h_2)
    t_2 += 1
