# oracle: seed 252, closed, raises RuntimeError at line 51
import torch
import torch.nn as nn
from torch.nn import GRU, LSTM, RNN, RNNCell
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

embed_0 = nn.Embedding(28, 6)
drop_0 = nn.Dropout(p=0.5)
rnn_0 = GRU(6, 6, batch_first=True)
tokens_0 = torch.tensor([[1, 2, 3], [4, 5, 27]])
emb_0 = drop_0(embed_0(tokens_0))
out_0, h_0 = rnn_0(emb_0)
scores_0 = nn.Linear(6, 28)(out_0)

cell_1 = RNNCell(5, 6)
xs_1 = torch.randn(1, 4, 5)
h_1 = torch.zeros(4, 6)
outputs_1 = []
for t in range(xs_1.shape[0]):
    if t % 2 == 1:
        continue
    h_1 = cell_1(xs_1[t], h_1)
    outputs_1.append(h_1)

rnn_2 = RNN(3, 7, 3, dropout=0.5)
x_2 = torch.randn(2, 3)
out_2, _ = rnn_2(x_2)
y_2 = out_2[-1].view(7)

rnn_3 = GRU(4, 5, batch_first=True)
x_3 = torch.randn(2, 6, 4)
lengths_3 = [6, 5]
packed_3 = pack_padded_sequence(x_3, lengths_3, batch_first=True, enforce_sorted=False)
packed_out_3, h_3 = rnn_3(packed_3, torch.zeros(1, 2, 5))
out_3, out_lengths_3 = pad_packed_sequence(packed_out_3, batch_first=True)

class Model_4(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = LSTM(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return (torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size), torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size))

    def forward(self, x):
        hidden = self.init_hidden(x.size(1))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

model_4 = Model_4(2, 2, bidirectional=True)
logits_4 = model_4(torch.randn(1, 4, 2))
