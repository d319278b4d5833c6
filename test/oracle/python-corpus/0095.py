# oracle: seed 95, closed, raises RuntimeError at line 29
import torch
from torch.nn import GRU, GRUCell

cell_0 = GRUCell(input_size=3, hidden_size=7)
h_0 = torch.zeros(7)
t_0 = 0
while t_0 < 3:
    h_0 = cell_0(torch.randn(3), h_0)
    t_0 += 1

cell_1 = GRUCell(input_size=3, hidden_size=7)
h_1 = torch.zeros(2, 7)
t_1 = 0
while t_1 < 0:
    h_1 = cell_1(torch.randn(2, 3), h_1)
    t_1 += 1

rnn_2 = GRU(input_size=7, hidden_size=7, num_layers=2, batch_first=True, bidirectional=False)
x_2 = torch.ones(5, 5, 7)
batch_2 = x_2.size(0)
h0_2 = torch.zeros(2, batch_2, 7)
out_2, hn_2 = rnn_2(x_2, h0_2)

cell_3 = GRUCell(input_size=2, hidden_size=3)
h_3 = torch.zeros(2, 3)
t_3 = 0
while t_3 < 4:
    h_3 = cell_3(torch.randn(2, 3), h_3)
    t_3 += 1
z_3 = h_3.unsqueeze(0).squeeze(0)

def encode_4(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_4 = GRU(input_size=4, hidden_size=6)
last_4_0 = encode_4(enc_4, torch.zeros(2, 3, 4))
