# oracle: seed 29, closed, raises RuntimeError at line 10
import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

cell_0 = nn.RNNCell(input_size=4, hidden_size=4, nonlinearity='relu')
h_0 = torch.zeros(6)
t_0 = 0
while t_0 < 1:
    h_0 = cell_0(torch.randn(6), h_0)
    t_0 += 1

config_1 = {"input_size": 4, "hidden_size": 6, "num_layers": 2}
rnn_1 = nn.GRU(**config_1)
out_1, h_1 = rnn_1(torch.randn(3, 2, config_1["input_size"]))

rnn_2 = nn.GRU(5, 2, batch_first=True)
x_2 = torch.randn(1, 3, 5)
lengths_2 = torch.tensor([3])
packed_2 = pack_padded_sequence(x_2, lengths_2, batch_first=True, enforce_sorted=False)
packed_out_2, h_2 = rnn_2(packed_2, torch.zeros(1, 1, 2))
out_2, out_lengths_2 = pad_packed_sequence(packed_out_2, batch_first=True)

cell_3 = nn.GRUCell(input_size=6, hidden_size=5)
h_3 = torch.zeros(2, 5)
t_3 = 0
while t_3 < 1:
    h_3 = cell_3(torch.randn(2, 6), h_3)
    t_3 += 1
z_3 = h_3.unsqueeze(0).squeeze(0)
