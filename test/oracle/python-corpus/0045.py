# oracle: seed 45, closed, raises RuntimeError at line 43
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

embed_0 = nn.Embedding(17, 5)
drop_0 = nn.Dropout()
rnn_0 = nn.GRU(5, 5, batch_first=True)
tokens_0 = torch.tensor([[1, 2, 3], [4, 5, 16]])
emb_0 = drop_0(embed_0(tokens_0))
out_0, h_0 = rnn_0(emb_0)

gru_1 = nn.GRU(2, 5)
x_1 = torch.randn(4, 3, 2)
deep_1 = nn.GRU(2, 5, num_layers=1)
if deep_1.num_layers > 1:
    out_1, _ = deep_1(torch.randn(2, 3, 2), torch.zeros(2, 3, 5))
elif 3 == 3:
    out_1, _ = deep_1(torch.randn(2, 3, 2), torch.zeros(1, 3, 5))
else:
    out_1, _ = deep_1(torch.randn(2, 3, 2), torch.zeros(2, 3, 5))

y_2 = torch.randn(2, 1, 4)
layers_2 = nn.ModuleList([nn.RNN(4, 7), nn.RNN(7, 6)])
for layer in layers_2:
    y_2, _ = layer(y_2)
z_2 = nn.Linear(6, 3)(y_2)

gru_3 = nn.GRU(2, 2)
x_3 = torch.randn(3, 2)
deep_3 = nn.GRU(2, 2, num_layers=2)
if deep_3.num_layers > 1:
    out_3, _ = deep_3(torch.randn(2, 3, 2), torch.zeros(2, 3, 2))
elif 2 == 3:
    out_3, _ = deep_3(torch.randn(2, 3, 2), torch.zeros(1, 3, 2))
else:
    out_3, _ = deep_3(torch.randn(2, 3, 2), torch.zeros(2, 3, 2))

rnn_4 = nn.GRU(3, 5)
x_4 = torch.randn(4, 4, 6)
lengths_4 = torch.tensor([4, 3, 2, 1])
packed_4 = pack_padded_sequence(x_4, lengths_4, enforce_sorted=False)
packed_out_4, h_4 = rnn_4(packed_4, torch.zeros(1, 4, 5))
out_4, out_lengths_4 = pad_packed_sequence(packed_out_4)
