# oracle: seed 42, closed, raises RuntimeError at line 10
import torch
from torch.nn import GRU, RNN
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

rnn_0 = GRU(5, 3)
x_0 = torch.randn(6, 2, 5)
lengths_0 = [6, 5]
packed_0 = pack_padded_sequence(x_0, lengths_0)
packed_out_0, h_0 = rnn_0(packed_0, torch.zeros(1, 4, 3))
out_0, out_lengths_0 = pad_packed_sequence(packed_out_0)

rnn_1 = RNN(input_size=8, hidden_size=5, num_layers=1, bias=False, bidirectional=True)
x_1 = torch.randn(2, 8)
hx_1 = torch.zeros(2, 5)
out_1, _ = rnn_1(x_1, hx_1)
y_1 = out_1[-1].view(9)
