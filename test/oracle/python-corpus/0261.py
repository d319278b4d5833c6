# oracle: seed 261, closed, raises RuntimeError at line 19
import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

cell_0 = nn.RNNCell(input_size=3, hidden_size=2, nonlinearity='relu')
h_0 = torch.zeros(2)
t_0 = 0
while t_0 < 4:
    h_0 = cell_0(torch.randn(3), h_0)
    t_0 += 1

rnn_1 = nn.GRU(3, 7)
x_1 = torch.randn(5, 3, 3)
lengths_1 = [5, 4, 3]
packed_1 = pack_padded_sequence(x_1, lengths_1)
packed_out_1, h_1 = rnn_1(packed_1, torch.zeros(1, 3, 7))
out_1, out_lengths_1 = pad_packed_sequence(packed_out_1)
last_1 = nn.Linear(6, 2)(h_1[-1])

gru_2 = nn.GRU(2, 6)
x_2 = torch.randn(4, 3, 2)
if x_2.dim() == 2:
    x_2 = x_2.unsqueeze(1)
out_2, h_2 = gru_2(x_2)

config_3 = {"input_size": 4, "hidden_size": 5, "num_layers": 2}
rnn_3 = nn.GRU(**config_3)
out_3, h_3 = rnn_3(torch.randn(3, 2, config_3["input_size"]))

class Args_4:
    pass

args_4 = Args_4()
setattr(args_4, "hidden", 6)
rnn_4 = nn.GRU(2, args_4.hidden)
out_4, h_4 = rnn_4(torch.randn(2, 2, 2), torch.zeros(1, 2, args_4.hidden))
