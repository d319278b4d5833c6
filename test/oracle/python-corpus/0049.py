# oracle: seed 49, open, runs cleanly
import random
import torch

embed_0 = torch.nn.Embedding(12, 6)
drop_0 = torch.nn.Dropout(0.1)
rnn_0 = torch.nn.GRU(6, 3, batch_first=True)
tokens_0 = torch.tensor([[1, 2, 3], [4, 5, 11]])
emb_0 = drop_0(embed_0(tokens_0))
out_0, h_0 = rnn_0(emb_0)

cell_1 = torch.nn.GRUCell(8, 4)
xs_1 = torch.randn(2, 2, 8)
h_1 = torch.zeros(2, 4)
outputs_1 = []
for t in range(xs_1.size(0)):
    if t == 2:
        break
    h_1 = cell_1(xs_1[t], h_1)
    outputs_1.append(h_1)
seq_1 = torch.stack(outputs_1, dim=0)

lstm_2 = torch.nn.LSTM(3, 8)
if random.random() < 0.5:
    out_2, (h_2, c_2) = lstm_2(torch.randn(2, 3, 3))
else:
    out_2, (h_2, c_2) = lstm_2(torch.randn(4, 3, 3))
last_2 = torch.nn.Linear(8, 2)(out_2[-1])

gru_3 = torch.nn.GRU(7, 2)
x_3 = torch.randn(4, 3, 7)
if x_3.size(-1) == 7:
    out_3, _ = gru_3(x_3)
else:
    out_3, _ = gru_3(torch.randn(2, 2, 8))
