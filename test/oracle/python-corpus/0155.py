# oracle: seed 155, closed, raises RuntimeError at line 11
import torch
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

rnn_0 = torch.nn.GRU(3, 2)
x_0 = torch.randn(4, 1, 3)
lengths_0 = [4]
packed_0 = pack_padded_sequence(x_0, lengths_0, enforce_sorted=False)
packed_out_0, h_0 = rnn_0(packed_0)
out_0, out_lengths_0 = pad_packed_sequence(packed_out_0)
last_0 = torch.nn.Linear(4, 2)(h_0[-1])

y_1 = torch.randn(2, 1, 2)
layers_1 = torch.nn.ModuleList([torch.nn.RNN(2, 4)])
for layer in layers_1:
    y_1, _ = layer(y_1)

layer_2 = torch.nn.GRU(5, 7, proj_size=1)
y_2, _ = layer_2(torch.randn(3, 2, 5))

layer_3 = torch.nn.RNN(input_size=8, hidden_size=7, num_layers=1, dropout=0.25)
y_3, _ = layer_3(torch.randn(3, 2, 8))

rnn_4 = torch.nn.GRU(7, 6, bias=False)
x_4 = torch.randn(3, 7)
hx_4 = torch.zeros(2, 6)
out_4, _ = rnn_4(x_4, hx_4)
y_4 = out_4[-1].view(6)
