# oracle: seed 191, closed, raises RuntimeError at line 10
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

rnn_0 = nn.RNN(input_size=4, hidden_size=6, num_layers=3, batch_first=True, dropout=0.5)
x_0 = torch.rand(3, 2, 4)
batch_0 = x_0.size(1)
h0_0 = torch.zeros(3, batch_0, 6)
out_0, hn_0 = rnn_0(x_0, h0_0)
assert out_0.dim() == 3

y_1 = torch.randn(3, 2, 3)
layers_1 = nn.ModuleList([nn.RNN(3, 2), nn.RNN(2, 5), nn.RNN(5, 3)])
for layer in layers_1:
    y_1, _ = layer(y_1)
z_1 = nn.Linear(4, 3)(y_1)

embed_2 = nn.Embedding(16, 8)
drop_2 = nn.Dropout()
rnn_2 = nn.LSTM(8, 7, batch_first=True)
tokens_2 = torch.tensor([[1, 2, 3], [4, 5, 15]])
emb_2 = drop_2(embed_2(tokens_2))
out_2, (h_2, c_2) = rnn_2(emb_2)

rnn_3 = nn.LSTM(7, 6)
x_3 = torch.randn(5, 1, 7)
lengths_3 = torch.tensor([5])
packed_3 = pack_padded_sequence(x_3, lengths_3)
packed_out_3, (h_3, c_3) = rnn_3(packed_3)
out_3, out_lengths_3 = pad_packed_sequence(packed_out_3)

cell_4 = nn.RNNCell(input_size=7, hidden_size=6)
h_4 = torch.zeros(6)
t_4 = 0
while t_4 < 1:
    h_4 = cell_4(torch.randn(14), h_4)
    t_4 += 1
