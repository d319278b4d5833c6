# oracle: seed 76, closed, raises RuntimeError at line 22
import torch

rnn_0 = torch.nn.LSTM(5, 5)
x_0 = torch.randn(4, 2, 5)
lengths_0 = torch.tensor([4, 3])
packed_0 = torch.nn.utils.rnn.pack_padded_sequence(x_0, lengths_0, enforce_sorted=False)
packed_out_0, (h_0, c_0) = rnn_0(packed_0)
out_0, out_lengths_0 = torch.nn.utils.rnn.pad_packed_sequence(packed_out_0)

rnn_1 = torch.nn.LSTM(2, 6, 1, True, False)
x_1 = torch.ones(1, 3, 2)
batch_1 = x_1.shape[1]
h0_1 = torch.zeros(1, batch_1, 6)
c0_1 = torch.zeros(1, batch_1, 6)
out_1, (hn_1, cn_1) = rnn_1(x_1, (h0_1, c0_1))
assert out_1.dim() == 3

rnn_2 = torch.nn.RNN(7, 5, num_layers=3, batch_first=True, bidirectional=True)
x_2 = torch.zeros([4, 3, 7])
hidden_2 = torch.zeros(6, 3, 5)
out_2, _ = rnn_2(x_2, hidden_2)
both_2 = torch.cat((out_2[-1:][-2], out_2[-1:][-1]), dim=1)
fc_2 = torch.nn.Linear(10, 2)
logits_2 = fc_2(both_2)

class Model_3(torch.nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super(Model_3, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = torch.nn.RNN(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional, dropout=0.2 if num_layers > 1 else 0)
        self.fc = torch.nn.Linear(hidden_size, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.size(1))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

def build_3():
    return Model_3(2, 3)

logits_3 = build_3()(torch.randn(2, 2, 4))
probs_3 = logits_3.softmax(dim=-1)
